// The addin-outlook front end; built by webpack.
export {};
