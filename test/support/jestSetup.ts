// Fail any test that leaves an unhandled promise rejection behind.
process.on("unhandledRejection", (reason) => {
  throw reason instanceof Error ? reason : new Error(String(reason));
});
