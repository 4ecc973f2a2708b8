import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./args.js";

describe("the convenant command line", () => {
  it.each([
    [["check", "-"], { help: false, command: "check", argument: "-" }],
    [["check", "request.json"], { help: false, command: "check", argument: "request.json" }],
    [["rulebooks"], { help: false, command: "rulebooks", argument: undefined }],
    [["schema", "kw-huisuitzetting-2019"], { help: false, command: "schema", argument: "kw-huisuitzetting-2019" }],
    [["--help"], { help: true, command: undefined, argument: undefined }],
    [["-h"], { help: true, command: undefined, argument: undefined }],
    [[], { help: false, command: undefined, argument: undefined }],
  ])("%j", (argv, expected) => {
    expect(parseCommandLine(argv)).toEqual(expected);
  });

  it.each([
    [["check", "--verbose", "-"], /Ongeldige aanroep.*--verbose/, /Invalid invocation.*--verbose/],
    [["check", "a.json", "b.json"], /Te veel argumenten: b\.json/, /Too many arguments: b\.json/],
  ])("%j is an error in Dutch and English", (argv, nl, en) => {
    expect(() => parseCommandLine(argv)).toThrow(
      expect.objectContaining({ message_nl: expect.stringMatching(nl), message_en: expect.stringMatching(en) }),
    );
  });
});
