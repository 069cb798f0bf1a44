import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export const SPEC_ID = 'buffer-v1';

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId: string;
  responses: Record<string, ResponseObject>;
}
export interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, ResponseObject>; schemas: Record<string, unknown> };
}

export const spec = parse(
  readFileSync(new URL('../../openapi/buffer-v1.yaml', import.meta.url), 'utf8'),
) as Spec;

/** Points every local `#/components/…` reference at the registered spec, so inline schemas compile too. */
function rebase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebase);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === '$ref' && typeof item === 'string' && item.startsWith('#/')
          ? `${SPEC_ID}${item}`
          : rebase(item),
      ]),
    );
  }
  return value;
}

export function createSpecValidator() {
  // strict: false because the spec carries OpenAPI keywords and x- extensions Ajv does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: rebase(spec.components) });

  /** The operation a concrete method and path belong to, matching `{id}` templates. */
  function operationFor(method: string, path: string): { key: string; operation: Operation } | undefined {
    for (const [template, item] of Object.entries(spec.paths)) {
      const pattern = new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
      const operation = item[method.toLowerCase()];
      if (operation && pattern.test(path)) return { key: `${method.toUpperCase()} ${template}`, operation };
    }
    return undefined;
  }

  function validate(method: string, path: string, status: number, body: unknown) {
    const found = operationFor(method, path);
    if (!found) return { ok: false as const, errors: `no operation for ${method} ${path}` };
    let response = found.operation.responses[String(status)] ?? found.operation.responses.default;
    if (!response) return { ok: false as const, errors: `${found.key} does not document status ${status}` };
    if (response.$ref) response = spec.components.responses[response.$ref.split('/').pop() ?? ''] ?? {};
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return { ok: false as const, errors: `${found.key} ${status} has no JSON schema` };
    const check = ajv.compile(rebase(schema) as object);
    return check(body)
      ? { ok: true as const, key: found.key }
      : { ok: false as const, errors: ajv.errorsText(check.errors) };
  }

  return { validate, operationFor };
}
