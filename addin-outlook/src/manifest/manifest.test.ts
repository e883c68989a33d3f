import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ICON_SIZES, buildManifest, normaliseBaseUrl } from './manifest.ts';

const root = resolve(import.meta.dirname, '../../..');
// CI clones the repository beside shared/, as on the workstations.
const schema = resolve(root, '../shared/schemas/office/mailapp-driver.xsd');
const xmllintMissing = spawnSync('xmllint', ['--version']).error !== undefined;
const scratch = mkdtempSync(join(tmpdir(), 'relance-manifest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const OFFICE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const V1_0 = 'http://schemas.microsoft.com/office/mailappversionoverrides';
const V1_1 = 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function xmllint(file: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (run.error)
    throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const committed = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
const deployment = buildManifest({ baseUrl: 'https://collect.example.com' });

describe('the committed manifest', () => {
  it('is what the generator writes for https://localhost:3000', () => {
    expect(committed).toBe(buildManifest({ baseUrl: 'https://localhost:3000' }));
  });
});

const xsdSkip = xmllintMissing && process.env.RELANCE_REQUIRE_ALL !== '1';
describe.skipIf(xsdSkip)(
  `XSD validation${xsdSkip ? ' (skipped: xmllint is not installed)' : ''}`,
  () => {
    it('finds the Office schemas beside the repository', () => {
      expect(existsSync(schema)).toBe(true);
    });

    it('validates the committed manifest and a deployment one', () => {
      const file = join(scratch, 'deployment.xml');
      writeFileSync(file, deployment);
      for (const target of [resolve(root, 'manifest.xml'), file]) {
        const result = xmllint(target);
        expect(result.output).toContain('validates');
        expect(result.ok).toBe(true);
      }
    });

    it('catches a manifest with its elements out of order', () => {
      const broken = deployment.replace(
        /(<ProviderName>[^<]*<\/ProviderName>)\s*(<DefaultLocale>[^<]*<\/DefaultLocale>)/,
        '$2$1',
      );
      expect(broken).not.toBe(deployment);
      const file = join(scratch, 'broken.xml');
      writeFileSync(file, broken);
      expect(xmllint(file).ok).toBe(false);
    });
  },
);

describe('manifest structure', () => {
  const doc = parse(deployment);

  it('keeps the base elements in the order the schema fixes', () => {
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'FormSettings',
      'Permissions',
      'Rule',
      'DisableEntityHighlighting',
      'VersionOverrides',
    ];
    const children = [...doc.documentElement.children].map((el) => el.localName);
    expect(children).toEqual(order);
    expect(doc.documentElement.namespaceURI).toBe(OFFICE);
  });

  it('points every URL at the deployment over HTTPS', () => {
    const urls = [...deployment.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map(
      (m) => m[1] ?? '',
    );
    const domains = [...doc.getElementsByTagName('AppDomain')].map((el) => el.textContent);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of [...urls, ...domains]) {
      expect(url).toMatch(/^https:\/\/collect\.example\.com(\/|$)/);
    }
    expect(deployment).not.toContain('localhost');
  });

  it('defines every resid it uses, each at most 32 characters', () => {
    const defined = new Set(
      [...doc.getElementsByTagNameNS(BT, '*')]
        .map((el) => el.getAttribute('id'))
        .filter((id): id is string => id !== null),
    );
    const used = [...doc.querySelectorAll('[resid]')].map((el) => el.getAttribute('resid') ?? '');
    expect(used.length).toBeGreaterThan(10);
    for (const id of [...defined, ...used]) expect(id.length).toBeLessThanOrEqual(32);
    for (const id of used) expect(defined).toContain(id);
  });

  it('has a read button with pinning and a compose button, both opening the pane', () => {
    const v11 = doc.getElementsByTagNameNS(V1_1, 'VersionOverrides')[0];
    expect(v11?.parentElement?.namespaceURI).toBe(V1_0);
    const points = [...(v11?.getElementsByTagNameNS(V1_1, 'ExtensionPoint') ?? [])];
    const types = points.map((p) => p.getAttribute('xsi:type'));
    expect(types).toEqual(['MessageReadCommandSurface', 'MessageComposeCommandSurface']);
    const [read, compose] = points;
    expect(read?.getElementsByTagNameNS(V1_1, 'SupportsPinning')[0]?.textContent).toBe('true');
    expect(compose?.getElementsByTagNameNS(V1_1, 'SupportsPinning')).toHaveLength(0);
    for (const point of points) {
      const action = point.getElementsByTagNameNS(V1_1, 'Action')[0];
      expect(action?.getAttribute('xsi:type')).toBe('ShowTaskpane');
    }
  });

  it('asks for read/write item access so it can write into drafts', () => {
    expect(doc.getElementsByTagName('Permissions')[0]?.textContent).toBe('ReadWriteItem');
  });

  it('names icons at 16, 32 and 80 for buttons and 64 and 128 for the add-in, all present', () => {
    const sizes = [...doc.getElementsByTagNameNS(BT, 'Image')].map((el) => el.getAttribute('size'));
    expect(new Set(sizes.filter((s) => s !== null))).toEqual(new Set(['16', '32', '80']));
    expect(doc.getElementsByTagName('IconUrl')[0]?.getAttribute('DefaultValue')).toContain(
      'icon-64',
    );
    expect(
      doc.getElementsByTagName('HighResolutionIconUrl')[0]?.getAttribute('DefaultValue'),
    ).toContain('icon-128');
    for (const size of ICON_SIZES) {
      const png = readFileSync(resolve(root, `addin-outlook/assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe('normaliseBaseUrl', () => {
  it('keeps the origin of an HTTPS URL', () => {
    expect(normaliseBaseUrl('https://collect.example.com/')).toBe('https://collect.example.com');
  });

  it('refuses plain HTTP, paths and non-URLs', () => {
    expect(() => normaliseBaseUrl('http://collect.example.com')).toThrow(/HTTPS/);
    expect(() => normaliseBaseUrl('https://x.example.com/app')).toThrow(/origin only/);
    expect(() => normaliseBaseUrl('collect')).toThrow(/not a URL/);
  });

  it('escapes a base URL it writes into XML', () => {
    expect(() => parse(buildManifest({ baseUrl: 'https://a.example.com' }))).not.toThrow();
  });
});

describe('npm run manifest', () => {
  it('writes a manifest for the given base URL', () => {
    const out = join(scratch, 'out.xml');
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(root, 'addin-outlook/scripts/manifest.ts'),
        '--base-url',
        'https://collect.example.com',
        '--out',
        out,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(readFileSync(out, 'utf8')).toBe(deployment);
  });
});
