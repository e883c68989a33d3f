// The Gmail add-on's public surface; the server mounts what this exports.
export {};
