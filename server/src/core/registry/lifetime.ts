/**
 * When the bodies a draft names existed: the registry gives a merged or dissolved body its last day
 * (`until`); the district level of local government is gone as a whole since 01/7/2025 (Luật Tổ chức chính
 * quyền địa phương 2025, Nghị quyết số 202/2025/QH15: two levels, province and commune).
 */
import { dayNumber, parseIsoDate } from '../text/dates';
import type { Agency } from './types';

/** Whether the body still existed on that day: its last day (`until`), if it has one, is not before it. */
export function existedOn(agency: Agency, year: number, month: number, day: number): boolean {
  const last = parseIsoDate(agency.until);
  return !last || dayNumber(last.year, last.month, last.day) >= dayNumber(year, month, day);
}

/** The first day without the body, if the registry gives it a last day. */
export function firstDayWithout(agency: Agency): { year: number; month: number; day: number } | undefined {
  const last = parseIsoDate(agency.until);
  if (!last) return undefined;
  const next = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * Whether `name` opens with the UBND or HĐND of a huyện, quận or thị xã («UBND các huyện, thị xã», «Ủy ban
 * nhân dân huyện Bình Sơn») and `day` comes after the district level's last day. «UBND thành phố» may be a
 * province's city, and is not one.
 */
export function namesGoneDistrict(name: string, year: number, month: number, day: number): boolean {
  return dayNumber(year, month, day) > DISTRICTS_LAST_DAY && DISTRICT_GOVERNMENT.test(name);
}

const DISTRICTS_LAST_DAY = dayNumber(2025, 6, 30);
const DISTRICT_GOVERNMENT = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Văn phòng HĐND và UBND)\s+(?:các\s+)?(?:huyện|quận|thị xã)(?![\p{L}\p{M}])/iu;
