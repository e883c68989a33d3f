// The dashboard front end; built by webpack.
export {};
