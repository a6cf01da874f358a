/** The registry: the built-in data is valid and coherent; workspace files are read with exact problems. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinRegistry, builtinRegistryData, validateBuiltin } from '../../server/src/core/registry/builtin';
import { parseRegistry } from '../../server/src/core/registry/load';
import { mergeRegistry } from '../../server/src/core/registry/merge';
import { Registry } from '../../server/src/core/registry/registry';
import { repoPath } from '../support/paths';

describe('registry', () => {
  it('ships built-in data that validates against the schema', () => {
    const { data, problems } = validateBuiltin();
    assert.deepEqual(problems, []);
    assert.deepEqual(data, builtinRegistryData());
    if (!data) return;
    assert.ok((data.documentTypes?.length ?? 0) >= 27);
    assert.ok((data.agencies?.length ?? 0) > 10);
  });

  it('knows the decree table of type codes, case-sensitively', () => {
    const registry = builtinRegistry();
    assert.equal(registry.typeByCode('TB')?.name, 'Thông báo');
    assert.equal(registry.typeByCode('QyĐ')?.name, 'Quy định');
    assert.equal(registry.typeByCode('CTr')?.name, 'Chương trình');
    assert.equal(registry.typeByCode('TTr')?.name, 'Tờ trình');
    assert.equal(registry.typeByCode('tb'), undefined);
    assert.equal(registry.typeByName('quyết định')?.code, 'QĐ');
  });

  it('has coherent cross references: units, people and the profile name existing agencies', () => {
    const registry = builtinRegistry();
    const missing = [
      ...registry.units.filter((unit) => !registry.agency(unit.agency)).map((unit) => `unit ${unit.name} → ${unit.agency}`),
      ...registry.people.filter((person) => person.agency && !registry.agency(person.agency)).map((p) => `person ${p.name} → ${p.agency}`),
      // citation/repealed names the replacing document and dates the replacement by it.
      ...registry.documents.filter((d) => d.replacedBy && !registry.document(d.replacedBy)).map((d) => `document ${d.number} → ${d.replacedBy}`),
    ];
    assert.deepEqual(missing, []);
    assert.equal(registry.issuingAgency()?.code, 'SKHCN');
  });

  it('dates the seeds’ decision 25/2018/QĐ-UBND in 2018, not 2025', () => {
    assert.equal(builtinRegistry().document('25/2018/QĐ-UBND')?.date, '2018-09-12');
  });

  it('merges a workspace layer over the built-in one by key', () => {
    const merged = new Registry(
      mergeRegistry(builtinRegistryData(), { profile: { agency: 'STC' }, agencies: [{ code: 'SKHCN', name: 'Sở KH&CN (sửa)' }], rules: { 'date/invalid': 'warning' } }),
    );
    assert.equal(merged.profile.agency, 'STC');
    assert.equal(merged.agency('SKHCN')?.name, 'Sở KH&CN (sửa)');
    assert.equal(merged.agencies.length, builtinRegistry().agencies.length);
  });

  describe('workspace files', () => {
    const folder = repoPath('test/fixtures/registry');
    it('reads the valid example without problems', () => {
      const { data, problems } = parseRegistry(readFileSync(`${folder}/valid.thongbao.yaml`, 'utf8'));
      assert.deepEqual(problems, []);
      assert.ok(data);
    });
    for (const name of readdirSync(folder).filter((n) => n.startsWith('invalid-'))) {
      it(`places the problem of ${name} inside the file`, () => {
        const text = readFileSync(`${folder}/${name}`, 'utf8');
        const { data, problems } = parseRegistry(text);
        assert.equal(data, undefined);
        assert.ok(problems.length > 0);
        for (const problem of problems) {
          assert.ok(problem.start >= 0 && problem.end > problem.start && problem.end <= Math.max(text.length, 1), JSON.stringify(problem));
          assert.match(problem.message, /\S/);
        }
      });
    }

    it('refuses a "billion laughs" file quickly instead of expanding it', () => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
      const { data, problems } = parseRegistry(lines.join('\n'));
      assert.equal(data, undefined);
      assert.match(problems[0]!.message, /Không đọc được tệp|alias/i);
    });
  });
});
