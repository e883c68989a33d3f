// Builds the managers' dashboard into dist/, served by the server at /app.
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {(env: unknown, argv: { mode?: string }) => import('webpack').Configuration} */
export default (_env, argv) => ({
  mode: argv.mode ?? 'production',
  context: here,
  entry: { dashboard: './src/main.tsx' },
  output: {
    path: `${here}dist`,
    filename: '[name].[contenthash:8].js',
    publicPath: '/app/',
    clean: true,
  },
  resolve: {
    extensions: ['.tsx', '.ts', '.js'],
    extensionAlias: { '.js': ['.js', '.ts', '.tsx'] },
  },
  module: {
    rules: [
      // The shared package is pure: modules the dashboard does not use (email reading and
      // its date parser, templates) are dropped from the bundle.
      { test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false },
      {
        test: /\.tsx?$/,
        loader: 'esbuild-loader',
        options: { target: 'es2022', jsx: 'automatic' },
      },
    ],
  },
  devtool: false,
  performance: { hints: false },
  optimization: { splitChunks: false },
  plugins: [
    new HtmlWebpackPlugin({
      template: './src/index.html',
      scriptLoading: 'defer',
    }),
  ],
});
