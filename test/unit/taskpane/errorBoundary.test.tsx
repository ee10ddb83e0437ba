/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import * as React from "react";
import { ErrorBoundary } from "../../../src/ui/start/ErrorBoundary";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";

function Broken(): React.ReactElement {
  throw new TypeError("Cannot read properties of undefined (reading 'map') for test.user@contoso.example");
}

beforeEach(() => {
  clearErrorTrail();
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("a render error shows a readable message and leaves a scrubbed trace for IT", () => {
  render(
    <ErrorBoundary>
      <Broken />
    </ErrorBoundary>
  );
  expect(screen.getByRole("alert").textContent).toMatch(/Something went wrong/);
  expect(errorTrail()).toEqual([
    expect.objectContaining({
      area: "ui",
      code: "render_error",
      detail: "in Broken: TypeError: Cannot read properties of undefined (reading 'map') for <address>",
    }),
  ]);
});
