#!/bin/sh
# Starts the service named by $SERVICE from the shared image.
set -eu
case "${SERVICE:?SERVICE must name a service}" in
  gateway) exec node --import tsx gateway/src/index.ts ;;
  *)
    if [ ! -f "subgraphs/${SERVICE}/src/index.ts" ]; then
      echo "Unknown service '${SERVICE}'" >&2
      exit 64
    fi
    exec node --import tsx "subgraphs/${SERVICE}/src/index.ts"
    ;;
esac
