import { asPrinted } from '../model/fields';
import { formatDate } from '../features/date-format';
import { existedOn, firstDayWithout, namesGoneDistrict } from '../registry/lifetime';
import type { Registry } from '../registry/registry';
import type { Agency } from '../registry/types';
import { isValidDate } from '../text/dates';
import { foldVietnamese } from '../text/fold';
import type { Rule } from './types';

/**
 * A notice goes to bodies that exist on its date: a Nơi nhận copied from an older notice may still name a Sở
 * or a Bộ merged in the 2025 reorganisation («Sở Thông tin và Truyền thông» in a notice of 2026). The
 * registry gives each such body its last day (`until`) and the body that took over its work (`successor`);
 * the district level of local government, gone on 01/7/2025, is known here.
 */
export const recipientsDissolved: Rule = {
  id: 'recipients/dissolved',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II, điểm a khoản 9',
  description: 'Nơi nhận là cơ quan còn tồn tại vào ngày ban hành thông báo: không gửi cơ quan đã hợp nhất, sáp nhập, giải thể, hay chính quyền cấp huyện sau ngày 01/7/2025.',
  examples: {
    wrong: 'Quảng Ngãi, ngày 05 tháng 11 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Sở Thông tin và Truyền thông;\n- Lưu: VT, VP.',
    right: 'Quảng Ngãi, ngày 05 tháng 11 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nThông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Sở Khoa học và Công nghệ;\n- Lưu: VT, VP.',
  },
  check(model, context) {
    const issued = model.header.placeDate?.date;
    const entries = model.recipients?.entries;
    if (!issued || !entries || !isValidDate(issued.year.value, issued.month.value, issued.day.value)) return;
    const ended = endedNames(context.registry);
    const related = [{ start: issued.start, end: issued.end, message: 'Ngày ban hành thông báo' }];
    for (const entry of entries) {
      const written = asPrinted(entry.text).replace(/^\\?[-+•]\s*/u, '');
      if (namesGoneDistrict(written, issued.year.value, issued.month.value, issued.day.value)) {
        context.report({ start: entry.start, end: entry.end, message: `Sai nơi nhận: chính quyền cấp huyện (huyện, quận, thị xã) không còn từ ngày 01/7/2025; thông báo ban hành sau ngày đó.`, related });
        continue;
      }
      const name = foldVietnamese(written.replace(/\s*\([^)]*\)\s*|[;.,:]+\s*$/gu, ' '));
      const agency = ended.find(({ folded }) => name === folded || name.startsWith(`${folded} `))?.agency;
      if (!agency || existedOn(agency, issued.year.value, issued.month.value, issued.day.value)) continue;
      const successor = agency.successor ? context.registry.agency(agency.successor) : undefined;
      const gone = formatDate(firstDayWithout(agency)!, { form: 'short', padLateMonths: false });
      context.report({
        start: entry.start,
        end: entry.end,
        message: `Sai nơi nhận: ${agency.name} không còn từ ngày ${gone}${successor ? `, nhiệm vụ chuyển về ${successor.name}` : ''}; thông báo ban hành sau ngày đó.`,
        related,
      });
    }
  },
};

interface EndedName {
  folded: string;
  agency: Agency;
}

/** The names, folded, of the bodies the registry gives a last day, the longest first. */
function endedNames(registry: Registry): EndedName[] {
  let names = endedOf.get(registry);
  if (!names) {
    names = registry.agencies.flatMap((agency) => {
      if (!agency.until) return [];
      const written = [agency.name, agency.fullName, ...(agency.aliases ?? []), ...(agency.inWords ?? [])].filter((name): name is string => !!name);
      return [...new Set(written.map(foldVietnamese))].map((folded) => ({ folded, agency }));
    });
    names.sort((a, b) => b.folded.length - a.folded.length);
    endedOf.set(registry, names);
  }
  return names;
}

const endedOf = new WeakMap<Registry, EndedName[]>();
