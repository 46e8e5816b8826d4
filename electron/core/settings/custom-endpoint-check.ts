// Checks the user's custom endpoints when settings.update saves them, so a bad one is refused with
// CUSTOM_ENDPOINT_INVALID naming the endpoint and the field (the form shows it beside that field)
// and nothing stored changes. The same shared schema runs again when the directory applies them.
import { CustomEndpointListSchema, type CustomEndpointConfig } from '../../../shared/providers/custom-endpoint';
import { VeilError } from '../errors/veil-error';

const FIELD_LABELS: Record<string, string> = {
  slug: 'Short id',
  displayName: 'Name',
  baseUrl: 'Base URL',
  apiKey: 'API key',
  models: 'Models',
  streamUsage: 'Usage reporting',
  maxTokensField: 'Max tokens field',
};

/** Returns the validated list (defaults filled in) or throws CUSTOM_ENDPOINT_INVALID. */
export function checkCustomEndpoints(raw: readonly unknown[]): CustomEndpointConfig[] {
  const parsed = CustomEndpointListSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [index, field] = issue.path;
  const at = typeof index === 'number' ? (raw[index] as Record<string, unknown> | undefined) : undefined;
  const name = typeof at?.displayName === 'string' && at.displayName.trim() ? at.displayName.trim().slice(0, 80) : typeof at?.slug === 'string' ? at.slug.slice(0, 40) : null;
  const fieldName = typeof field === 'string' ? field : null;
  // Unknown keys (a strict object) have no field of their own; say which key.
  const reason = issue.code === 'unrecognized_keys' ? `Unknown field: ${issue.keys.join(', ').slice(0, 100)}.` : issue.message;
  const label = fieldName ? `${FIELD_LABELS[fieldName] ?? fieldName}: ` : '';
  const subject = name ? `The endpoint “${name}” was not saved.` : 'The custom endpoints were not saved.';
  return fail(`${subject} ${label}${reason}`, {
    ...(typeof index === 'number' ? { index } : {}),
    ...(typeof at?.slug === 'string' ? { slug: at.slug.slice(0, 40) } : {}),
    ...(fieldName ? { field: fieldName } : {}),
    reason,
  });
}

function fail(message: string, details: Record<string, unknown>): never {
  throw new VeilError('CUSTOM_ENDPOINT_INVALID', message, { details });
}
