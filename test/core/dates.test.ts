import { strict as assert } from 'node:assert';
import { daysInMonth, findDates, isValidDate, weekday } from '../../server/src/core/text/dates';

describe('dates', () => {
  const table: [string, string[]][] = [
    ['ngày 27/9/2025', ['short 27/9/2025']],
    ['Quảng Ngãi, ngày 01 tháng 4 năm 2025', ['long 01/4/2025']],
    ['ngày 11 tháng 7 năm 2025 và 18/07/2025', ['long 11/7/2025', 'short 18/07/2025']],
    ['ngày \n\n20/7/2025 (PDF wrap)', ['short 20/7/2025']],
    ['ngày 11 tháng 7 năm \n\n2025', ['long 11/7/2025']],
    ['Quyết định số 25/2018/QĐ-UBND', []],
    ['1/2/3/2025 is not a date', []],
    ['Quý I/2025, giai đoạn 2024-2025', []],
    ['ngày   tháng   năm 2025 (blank draft date)', []],
    ['NGÀY 05 THÁNG 01 NĂM 2020', ['long 05/01/2020']],
  ];
  for (const [text, expected] of table) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      const found = findDates(text).map((d) => `${d.form} ${d.day.text}/${d.month.text}/${d.year.text}`);
      assert.deepEqual(found, expected);
    });
  }

  it('gives the exact span of each part', () => {
    const [date] = findDates('Hà Nội, ngày 05 tháng 01 năm 2020', 100);
    assert.ok(date);
    assert.deepEqual([date.start, date.end], [108, 133]);
    assert.deepEqual([date.day.start, date.day.end, date.month.start, date.year.start], [113, 115, 122, 129]);
  });

  it('knows the calendar', () => {
    assert.equal(isValidDate(2024, 2, 29), true);
    assert.equal(isValidDate(2025, 2, 29), false);
    assert.equal(isValidDate(1900, 2, 29), false);
    assert.equal(isValidDate(2000, 2, 29), true);
    assert.equal(isValidDate(2025, 4, 31), false);
    assert.equal(isValidDate(2025, 12, 31), true);
    assert.equal(isValidDate(2025, 13, 1), false);
    assert.equal(isValidDate(2025, 1, 0), false);
  });

  it('counts the days of every month of four centuries as the Date object does', () => {
    for (let year = 1900; year < 2300; year++) {
      for (let month = 1; month <= 12; month++) {
        assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${month}/${year}`);
      }
    }
  });

  it('names the day of the week of every day of two centuries, before and after 1970, as the Date object does', () => {
    for (let year = 1900; year < 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          if (weekday(year, month, day) !== new Date(Date.UTC(year, month - 1, day)).getUTCDay()) assert.fail(`${day}/${month}/${year}`);
        }
      }
    }
  });
});
