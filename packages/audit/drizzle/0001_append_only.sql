-- The audit trail is append-only. Only the erasure of a user may rewrite it, and only to
-- replace that user's id by a pseudonym: the transaction sets `phoenix.audit_erasure` to
-- `on` (pseudonymiseAuditSubject does), and every other column must stay as it was.
CREATE FUNCTION "audit"."refuse_rewrite"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('phoenix.audit_erasure', true), '') <> 'on' THEN
    RAISE EXCEPTION 'audit.entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF (NEW.id, NEW.at, NEW.actor_kind, NEW.partner, NEW.action, NEW.resource, NEW.fields, NEW.outcome, NEW.operation_name, NEW.trace_id, NEW.subgraph)
       IS DISTINCT FROM (OLD.id, OLD.at, OLD.actor_kind, OLD.partner, OLD.action, OLD.resource, OLD.fields, OLD.outcome, OLD.operation_name, OLD.trace_id, OLD.subgraph) THEN
      RAISE EXCEPTION 'audit.entries: an erasure may only replace subject_user_id and actor_id' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "entries_append_only" BEFORE UPDATE OR DELETE ON "audit"."entries" FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_rewrite"();
--> statement-breakpoint
CREATE FUNCTION "audit"."refuse_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit.entries is append-only: TRUNCATE refused' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "entries_no_truncate" BEFORE TRUNCATE ON "audit"."entries" FOR EACH STATEMENT EXECUTE FUNCTION "audit"."refuse_truncate"();
