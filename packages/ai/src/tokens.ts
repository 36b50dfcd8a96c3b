/**
 * Estimated tokens of a text, for providers that report no usage and for the local engine:
 * about four characters per token, the usual rule of thumb for BPE tokenisers on Latin-script
 * text. Green-AI figures are estimates anyway; this keeps local and remote comparable.
 */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / 4);
}
