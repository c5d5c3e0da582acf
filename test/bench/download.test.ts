import { describe, expect, it } from 'vitest';
import { jsGroups } from '../../bench/download.ts';

/** A build as Vite's manifest tells it: the entry with a shared chunk and the map's worker, and three lazy chunks. */
const MANIFEST = {
  'index.html': {
    file: 'assets/index-AAAAAAAA.js',
    name: 'index',
    isEntry: true,
    imports: ['_shared-BBBBBBBB.js'],
    dynamicImports: ['src/ui/importer/index.ts', 'src/ui/time/changes.ts', 'src/ui/panel/reader.ts'],
    assets: ['assets/mapworker-CCCCCCCC.js', 'assets/marker-HHHHHHHH.svg'],
  },
  '_shared-BBBBBBBB.js': { file: 'assets/shared-BBBBBBBB.js', name: 'shared' },
  'src/ui/importer/index.ts': { file: 'assets/importer-DDDDDDDD.js', name: 'importer', isDynamicEntry: true, imports: ['index.html', 'src/ui/panel/reader.ts'] },
  'src/ui/panel/reader.ts': { file: 'assets/reader-EEEEEEEE.js', name: 'reader', isDynamicEntry: true, imports: ['_shared-BBBBBBBB.js'] },
  'src/ui/time/changes.ts': { file: 'assets/changes-FFFFFFFF.js', name: 'changes', isDynamicEntry: true, imports: ['index.html'] },
};
const FILES = ['changes-FFFFFFFF', 'importer-DDDDDDDD', 'index-AAAAAAAA', 'mapworker-CCCCCCCC', 'reader-EEEEEEEE', 'shared-BBBBBBBB', 'stray-GGGGGGGG']
  .map((name) => `assets/${name}.js`);

describe('the download sizes', () => {
  it('count as first load the entry and the chunks it imports, and no worker or chunk loaded when asked for', () => {
    expect(jsGroups(MANIFEST, FILES).first).toEqual(['assets/index-AAAAAAAA.js', 'assets/shared-BBBBBBBB.js', 'assets/stray-GGGGGGGG.js']);
  });

  it('tell apart the workers the first load may start', () => {
    expect(jsGroups(MANIFEST, FILES).workers).toEqual(['assets/mapworker-CCCCCCCC.js']);
  });

  it('give the importer its own chunk, and with it what it loads that the first load lacks', () => {
    const groups = jsGroups(MANIFEST, FILES);
    expect(groups.importerOwn).toBe('assets/importer-DDDDDDDD.js');
    expect(groups.importer).toEqual(['assets/importer-DDDDDDDD.js', 'assets/reader-EEEEEEEE.js']);
  });

  it('list every other chunk loaded when asked for apart, those the importer loads too, so the groups add up to the build', () => {
    const groups = jsGroups(MANIFEST, FILES);
    expect(groups.lazy).toEqual(['assets/changes-FFFFFFFF.js', 'assets/reader-EEEEEEEE.js']);
    expect([...groups.first, ...groups.workers, groups.importerOwn, ...groups.lazy].sort()).toEqual(FILES);
  });

  it('find no importer in a build without one, and count its lazy chunks as lazy still', () => {
    const { 'src/ui/importer/index.ts': _importer, ...rest } = MANIFEST;
    const groups = jsGroups(rest, FILES.filter((f) => !f.includes('importer')));
    expect([groups.importerOwn, groups.importer]).toEqual([null, []]);
    expect(groups.lazy).toEqual(['assets/changes-FFFFFFFF.js', 'assets/reader-EEEEEEEE.js']);
  });
});
