/**
 * Reads registry YAML (the built-in file, or a workspace `.thongbao.yaml`) into data, with every problem
 * placed at its characters in the file. The file is only ever data: size and alias expansion are capped,
 * so a hostile file ("billion laughs") gets a problem, not a hang.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import { Ajv, registrySchema, yaml } from '../lazy-modules';
import type { RegistryData } from './types';

export const MAX_REGISTRY_CHARS = 1_000_000;
const MAX_ALIAS_COUNT = 100;

export interface RegistryProblem {
  message: string;
  start: number;
  end: number;
}

let validator: ValidateFunction | undefined;

export function parseRegistry(text: string): { data?: RegistryData; problems: RegistryProblem[] } {
  if (text.length > MAX_REGISTRY_CHARS) {
    return { problems: [{ message: `Tệp quá lớn (hơn ${MAX_REGISTRY_CHARS.toLocaleString('vi-VN')} ký tự); không đọc.`, start: 0, end: 0 }] };
  }
  const document = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const syntax = document.errors.map((error) => ({
    message: `Sai cú pháp YAML: ${error.message.split('\n')[0]}`,
    ...within(text, error.pos[0], error.pos[1]),
  }));
  if (syntax.length > 0) return { problems: syntax };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { problems: [{ message: `Không đọc được tệp: ${(error as Error).message}`, start: 0, end: Math.min(text.length, 1) }] };
  }
  if (value === null || value === undefined) return { data: {}, problems: [] };
  validator ??= new (Ajv())({ allErrors: true, strict: false, verbose: true }).compile(registrySchema());
  if (validator(value)) return { data: value as RegistryData, problems: [] };
  // "propertyNames" only repeats, less clearly, the pattern error of the same key.
  const errors = (validator.errors ?? []).filter((error) => error.keyword !== 'propertyNames');
  return { problems: errors.map((error) => placeError(document, error, text)) };
}

function placeError(document: Document, error: ErrorObject, text: string): RegistryProblem {
  const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  const extra = error.params as { additionalProperty?: string };
  const node = document.getIn(path, true);
  const { isNode } = yaml();
  let range = isNode(node) ? node.range : undefined;
  if (extra.additionalProperty) {
    const parent = document.getIn(path, true);
    const pair = isNode(parent) && 'items' in parent ? (parent.items as { key: unknown }[]).find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === extra.additionalProperty) : undefined;
    if (pair && isNode(pair.key)) range = pair.key.range;
  }
  // agencies[0].code, rules["date/invalid"]: the way a reader names the place.
  const where = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : /^[A-Za-z_]\w*$/.test(part) ? `${i > 0 ? '.' : ''}${part}` : `[${JSON.stringify(part)}]`)).join('') || '(gốc)';
  return { message: `${where}: ${describe(error)}`, ...within(text, range?.[0] ?? 0, range?.[1] ?? 1) };
}

/** A non-empty span inside the text (an error "at the end" points at the last character). */
function within(text: string, start: number, end: number): { start: number; end: number } {
  const last = Math.max(text.length, 1);
  const from = Math.min(Math.max(0, start), last - 1);
  return { start: from, end: Math.min(Math.max(end, from + 1), last) };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `không có khóa «${String(params.additionalProperty)}» ở đây.`;
    case 'required':
      return `thiếu khóa «${String(params.missingProperty)}».`;
    case 'enum':
      return `giá trị phải là một trong: ${(params.allowedValues as unknown[]).join(', ')}.`;
    case 'type':
      return `phải là ${TYPE_WORDS[String(params.type)] ?? String(params.type)}.`;
    case 'pattern': {
      // The schema explains its patterns in words (VS Code's YAML support shows the same text).
      const explained = (error.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage;
      return explained ?? `sai dạng (cần khớp ${String(params.pattern)}).`;
    }
    default:
      return error.message ?? 'không hợp lệ.';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'một chuỗi',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một bảng khóa: giá trị',
};
