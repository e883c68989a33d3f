// Builds the Outlook task pane and its preview host into dist/, served at /outlook/ and
// /preview/outlook by server/src/web/outlook.web.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const here = fileURLToPath(new URL('.', import.meta.url));
// The static placeholder both pages that run the pane show until React renders.
const placeholder = readFileSync(`${here}public/placeholder.html`, 'utf8');

/**
 * Adds `<link rel="preload">` for the files of the named chunk groups to the pages that run the pane:
 * the entry fetches its interface chunk only once the context request is out, and the browser
 * has downloaded it by then.
 */
class PreloadChunks {
  /** @param {string[]} names */
  constructor(names) {
    this.names = names;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadChunks', (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap(
        'PreloadChunks',
        (data) => {
          if (!data.plugin.options.chunks.includes('taskpane')) return data;
          const publicPath = compilation.outputOptions.publicPath;
          // Every file of the named chunk groups: the chunk itself and the vendors split from it.
          const chunks = this.names.flatMap(
            (name) => compilation.namedChunkGroups.get(name)?.chunks ?? [],
          );
          for (const chunk of chunks) {
            for (const file of chunk.files) {
              if (!file.endsWith('.js')) continue;
              data.headTags.push(
                HtmlWebpackPlugin.createHtmlTagObject('link', {
                  rel: 'preload',
                  as: 'script',
                  href: `${publicPath}${file}`,
                }),
              );
            }
          }
          return data;
        },
      );
    });
  }
}

/** @type {(env: unknown, argv: { mode?: string }) => import('webpack').Configuration} */
export default (_env, argv) => ({
  mode: argv.mode ?? 'production',
  context: here,
  entry: {
    taskpane: './src/main.ts',
    'preview-host': './src/preview/preview-host.ts',
  },
  output: {
    path: `${here}dist`,
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].js',
    publicPath: '/outlook/',
    clean: true,
  },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      // shared/ is pure, so whatever the pane does not call is dropped.
      { test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false },
      // Webpack 5.113's re-export shortcut resolves zod's `z.iso.date()` to `z.date()` (every
      // 'YYYY-MM-DD' then fails to parse); keeping zod's namespace module avoids it (+5 kB).
      { test: /[\\/]zod[\\/]v4[\\/]classic[\\/]external\.js$/, sideEffects: true },
      {
        test: /\.tsx?$/,
        loader: 'esbuild-loader',
        options: { target: 'es2022', jsx: 'automatic' },
      },
    ],
  },
  devtool: false,
  performance: { hints: false },
  plugins: [
    new PreloadChunks(['pane-ui']),
    // The pane as Outlook loads it: Office.js from Microsoft's CDN, then the bundle.
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './public/taskpane.html',
      templateParameters: { placeholder },
      chunks: ['taskpane'],
      scriptLoading: 'defer',
    }),
    // The function file the manifest names beside its buttons; the buttons only open the pane.
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './public/commands.html',
      chunks: [],
    }),
    // The same pane bundle after a fake Office and a fake mailbox, for /preview/outlook.
    new HtmlWebpackPlugin({
      filename: 'preview.html',
      template: './public/preview.html',
      templateParameters: { placeholder },
      chunks: ['preview-host', 'taskpane'],
      chunksSortMode: 'manual',
      scriptLoading: 'defer',
    }),
  ],
});
