import type { Span } from '../model/types';
import type { Rule } from './types';

/**
 * The draft's own settings in its front matter must read: a YAML that does not parse, `fragment: ture` or an
 * agency code the registry does not know are otherwise ignored without a word, and the draft is checked as
 * something it is not (a fragment as a whole notice, under another agency).
 */
export const frontmatterInvalid: Rule = {
  id: 'frontmatter/invalid',
  severity: 'warning',
  decree: 'quy ước (khai báo của thongbao)',
  description: 'Khai báo đầu tệp (front matter) đọc được: YAML hợp lệ, «fragment» là true hoặc false, «agency» là mã một cơ quan trong danh mục.',
  examples: {
    wrong: '---\nfragment: ture\n---\n\n1. Giao Văn phòng Sở tổng hợp, báo cáo.',
    right: '---\nfragment: true\n---\n\n1. Giao Văn phòng Sở tổng hợp, báo cáo.',
  },
  check(model, context) {
    const front = model.frontMatter;
    if (!front) return;
    if (front.error) {
      context.report({ ...front.error.span, message: `Sai khai báo đầu tệp: YAML không đọc được (${front.error.message.split('\n')[0]}); các khai báo trong đó không được dùng.` });
      return;
    }
    const { data, values = {} } = front;
    if (data === null || data === undefined) return;
    if (typeof data !== 'object' || Array.isArray(data)) {
      context.report({ start: front.start, end: front.end, message: 'Sai khai báo đầu tệp: cần các dòng «khóa: giá trị» (như «fragment: true», «agency: SKHCN»); khai báo này không được dùng.' });
      return;
    }
    const { fragment, agency } = data as Record<string, unknown>;
    const at = (key: string): Span => {
      const span = values[key] ?? front;
      return { start: span.start, end: span.end };
    };
    const written = (key: string) => model.text.slice(at(key).start, at(key).end);
    if (fragment !== undefined && typeof fragment !== 'boolean') {
      context.report({ ...at('fragment'), message: `Sai khai báo «fragment: ${written('fragment')}»: cần true hoặc false; khai báo này không được dùng.` });
    }
    if (agency !== undefined && (typeof agency !== 'string' || !context.registry.agency(agency))) {
      context.report({ ...at('agency'), message: `Sai khai báo «agency: ${written('agency')}»: danh mục cơ quan không có mã này; khai báo này không được dùng.` });
    }
  },
};
