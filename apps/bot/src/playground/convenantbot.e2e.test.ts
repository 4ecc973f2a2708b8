import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextQuestions, resolveRulebook, type Question } from "@convenantbot/domain";
import type { RunningApp } from "../app.js";
import { startTestApp } from "../testing/test-app.js";
import { chromiumStatus, launchChromium, WebChatPage } from "./testing/browser.js";
import { ensurePlaygroundBuilt } from "./testing/page-build.js";
import { waitFor } from "./testing/wait.js";
import { BotClient, cardsOf } from "../testing/bot-client.js";
import { chooseAndSubmit } from "../testing/case-driver.js";
import { driveIntake } from "../testing/intake-driver.js";
import { lvCandidate, lvEligible as lvCaseFacts } from "../cases/testing/lv-case.js";
import { KW_ELIGIBLE } from "../fuzz/testing/turns.js";
import { deriveCaseState } from "@convenantbot/domain";

const TODAY = "2026-11-23";
const status = chromiumStatus();
const skip = !status.available && !status.required;
if (skip) console.warn(`[convenantbot e2e] skipped: ${status.reason}. With CI=true this is a failure, not a skip.`);

// facts.md worked example: the eligible LV candidate.
const lvEligible: Record<string, unknown> = {
  residentOf: "Voorburg",
  yearsResident: 7,
  yearsResidentInLast10: 7,
  minorChildren: 0,
  receivesSupport: true,
  canFindHousingAlone: false,
  wlzFinanced: false,
  transgressiveBehaviour: false,
  validId: true,
  registeredWoonnet: true,
  hasSuitableHousing: false,
  needsIntramuralCare: false,
  canLiveIndependently: true,
  financiallySelfReliant: true,
  incomeCoversRent: true,
  hasProblemDebts: false,
  agreedSupportPlan: true,
  budgetManagement: true,
  evictedLast3Years: false,
  tbsMeasure: false,
};

const typed = (value: unknown) => (value === true ? "ja" : value === false ? "nee" : String(value));

describe.skipIf(skip)("Convenantbot in Microsoft Web Chat (headless Chromium, real bot and store)", () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!status.available) return;
    await ensurePlaygroundBuilt();
    app = await startTestApp({ clock: () => new Date(`${TODAY}T10:00:00Z`), workerPollMs: 100 });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await app?.store.close();
  });

  const open = async (userId: string) => {
    if (!browser) throw new Error(`CI=true but ${status.reason}: the Web Chat tests must run in CI`);
    return WebChatPage.open(browser, app.url, userId);
  };

  it(
    "completes an LV intake by typing and clicking, ending in a stored aanmelding",
    { timeout: 180_000 },
    async ({ onTestFailed }) => {
      const chat = await open("29:demo-begeleider");
      onTestFailed(async () => void (await chat.screenshot("e2e-lv-intake")));
      const rulebook = resolveRulebook("lv-zorgafhankelijk-2025", TODAY);
      await chat.send("nieuwe aanmelding lv");
      const facts: Record<string, unknown> = {};
      let first = true;
      for (let step = 0; step < 40; step++) {
        const question: Question | undefined = nextQuestions(rulebook, facts, TODAY, { limit: 1 }).questions[0];
        if (!question) break;
        await chat.page.getByText(question.text.nl, { exact: true }).last().waitFor({ state: "visible" });
        const value = lvEligible[question.fact];
        expect(value, `the scenario answers ${question.fact}`).toBeDefined();
        if (first && question.answer === "boolean") {
          // Clicking: the yes/no radio on the card, then "Volgende".
          await chat.page
            .getByText(value ? "Ja" : "Nee", { exact: true })
            .last()
            .click();
          await chat.clickButton("Volgende");
          first = false;
        } else {
          await chat.send(typed(value)); // typing: "ja", "nee", "7", "Voorburg"
        }
        facts[question.fact] = value;
      }
      await chat.page
        .getByText(/Komt in aanmerking/)
        .last()
        .waitFor({ state: "visible" });
      // The begeleider's own organisation is proposed first: pick it by its name, then save.
      await chat.page
        .getByText(/^RIBW Fonteynenburg \(zorgorganisatie\)/)
        .last()
        .click();
      await chat.clickButton("Kies en sla op");
      // The candidate details, then "Controleer en dien in" shows what each party will see.
      await chat.page.getByText("Gegevens van de kandidaat", { exact: true }).last().waitFor({ state: "visible" });
      await chat.page.getByLabel(/^Naam/).last().fill("Jan de Vries");
      await chat.page
        .getByLabel(/^Geboortedatum/)
        .last()
        .fill("1988-04-12");
      await chat.page
        .getByLabel(/^Huidig adres/)
        .last()
        .fill("Kerkstraat 1, Voorburg");
      await chat.clickButton("Verder: controleren");
      await chat.page.getByText("Controleer en dien in", { exact: true }).last().waitFor({ state: "visible" });
      await chat.clickButton("Dien in");
      const stored = await waitFor("the aanmelding in the store", async () => {
        const member = await app.store.members.byTeamsUserId("29:demo-begeleider");
        const cases = await app.store.aanmeldingen.list({ createdBy: member!.id });
        return cases.find(
          (c) =>
            c.rulebook === "lv-zorgafhankelijk-2025" &&
            c.outcome === "eligible" &&
            c.supportPartyId === "lv-ribw-fonteynenburg",
        );
      });
      // Submitted as a shared case: the Vidomes landlord is a recipient.
      expect((await app.store.cases.get(stored.id))?.recipients.map((r) => r.partyId)).toContain("lv-vidomes");
      await chat.close();
    },
  );

  it("runs a snelcheck from its card", { timeout: 120_000 }, async ({ onTestFailed }) => {
    const chat = await open("29:demo-woonconsulent-kw");
    onTestFailed(async () => void (await chat.screenshot("e2e-snelcheck")));
    await chat.send("snelcheck kw");
    // The form opens one step at a time; the exclusions are a checklist on a later step.
    const form = chat.page.locator(".ac-adaptiveCard").last();
    await form.getByText(/Stap 1 van \d+: Basisvragen/).waitFor({ state: "visible" });
    const opium = form.getByLabel("Heeft de huurder de Opiumwet overtreden?");
    for (let step = 0; step < 6 && !(await opium.isVisible()); step++)
      await form.getByRole("button", { name: "Volgende", exact: true }).locator("visible=true").click();
    await opium.check();
    await chat.clickButton("Toets");
    await chat.page
      .getByText(/Komt niet in aanmerking/)
      .last()
      .waitFor({ state: "visible" });
    // The card answers first; every rule, with its code, is behind "Toon alle regels".
    await chat.page
      .getByRole("button", { name: /^Toon alle regels/ })
      .last()
      .click();
    await chat.page
      .getByText(/KW\.EXCL\.OPIUMWET/)
      .last()
      .waitFor({ state: "visible" });
    await chat.close();
  });

  it(
    "a landlord sends a huurachterstand signal and the care party acknowledges it from the card",
    { timeout: 180_000 },
    async ({ onTestFailed }) => {
      // The begeleider has a chat with the bot (its conversation reference is stored).
      const care = await open("29:demo-begeleider");
      await care.send("Hallo!");
      await care.page.getByRole("button", { name: "Nieuwe aanmelding" }).last().waitFor({ state: "visible" });
      await care.close();

      const landlord = await open("29:demo-woonconsulent");
      onTestFailed(async () => void (await landlord.screenshot("e2e-signal-landlord")));
      await landlord.send("signaal");
      const page = landlord.page;
      // First the type, then a form with only that type's fields.
      await page.getByText("Waarover gaat het signaal?").last().waitFor({ state: "visible" });
      await landlord.clickButton("Huurachterstand");
      await page.getByLabel("Naam huurder").last().waitFor({ state: "visible" });
      expect(await page.getByLabel("Soort overlast").count()).toBe(0);
      await page.getByLabel("Naam huurder").last().fill("Testhuurder Twee");
      await page.getByLabel("Postcode").last().fill("2271 AB");
      await page.getByLabel("Huisnummer").last().fill("14");
      await page
        .getByLabel("Begeleider/casemanager van de huurder")
        .last()
        .selectOption({ label: "RIBW Fonteynenburg" });
      await page.getByLabel("Maanden achterstand").last().fill("2");
      await page.getByLabel("Bedrag achterstand (euro)").last().fill("1.200,50");
      await page.getByText("Geen", { exact: true }).last().click();
      await landlord.clickButton("Verstuur signaal");
      await page
        .getByText(/Signaal verstuurd/)
        .last()
        .waitFor({ state: "visible" });
      await landlord.close();

      const careAgain = await open("29:demo-begeleider");
      onTestFailed(async () => void (await careAgain.screenshot("e2e-signal-care")));
      await careAgain.page.getByText("Testhuurder Twee").last().waitFor({ state: "visible", timeout: 30_000 });
      // What the partner reads: the amount as typed, in euros; Dutch words; nothing that was not filled in.
      await careAgain.page
        .getByText(/€\s1\.200,50/)
        .last()
        .waitFor({ state: "visible" });
      await careAgain.page.getByText("geen", { exact: true }).last().waitFor({ state: "visible" });
      expect(await careAgain.page.getByText("Aanmaningen verstuurd").count()).toBe(0);
      await careAgain.page
        .getByText(/Kenmerk HA-\d{4}-\d{4}/)
        .last()
        .waitFor({ state: "visible" });
      await careAgain.clickButton("Bevestig ontvangst");
      await waitFor(
        "the signal acknowledged in the store",
        async () => {
          const signals = await app.store.signals.listForParty("lv-ribw-fonteynenburg");
          return signals.find((s) => s.status === "bevestigd");
        },
        { timeoutMs: 20_000 },
      );
      await careAgain.close();
    },
  );

  it(
    "LV chain: the Vidomes woonconsulent gets the voordracht without care data, offers, the begeleider's card is refreshed to 'aanbod gedaan', accepts; the lease places the candidate and the evaluation falls due",
    { timeout: 240_000 },
    async ({ onTestFailed }) => {
      // Both caseworkers have a Web Chat conversation with the bot (their references are stored).
      for (const id of ["29:demo-woonconsulent", "29:demo-begeleider"]) {
        const chat = await open(id);
        await chat.send("Hallo!");
        await chat.page
          .getByText(/Waarmee kan ik je helpen/)
          .last()
          .waitFor({ state: "visible" });
        await chat.close();
      }
      // The begeleider's intake and "Dien in" (the Web Chat intake itself is the first test).
      const b = new BotClient(
        app.url,
        { id: "29:demo-begeleider", aadObjectId: "00000000-0000-0000-0000-0000000000a2" },
        { serviceUrl: `${app.url}/connector` },
      );
      await driveIntake(b, cardsOf(await b.say("nieuwe aanmelding lv"))[0]!, lvCaseFacts);
      const { kenmerk } = await chooseAndSubmit(b, "lv-ribw-fonteynenburg", lvCandidate);

      const landlord = await open("29:demo-woonconsulent");
      onTestFailed(async () => void (await landlord.screenshot("e2e-case-landlord")));
      await landlord.page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · ingediend`))
        .last()
        .waitFor({ state: "visible", timeout: 30_000 });
      await landlord.page.getByText("Jan de Vries").last().waitFor({ state: "visible" });
      // LV art. 10 lid 6: the landlord never sees the care instelling.
      expect(await landlord.page.getByText(/Kliniek De Horst/).count()).toBe(0);
      await landlord.page.getByRole("button", { name: "Aanbod vastleggen" }).last().click();
      await landlord.page
        .getByLabel(/^Datum/)
        .last()
        .fill(TODAY);
      await landlord.clickButton("Bevestigen");
      await landlord.page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · aanbod gedaan`))
        .last()
        .waitFor({ state: "visible", timeout: 30_000 });
      await landlord.close();

      // The begeleider's copy is refreshed in place ("aanbod gedaan"). Web Chat's Direct Line shows
      // no in-place updates, so this is read from what the local connector delivered to it.
      await waitFor(
        "the begeleider's card refreshed to 'aanbod gedaan'",
        () =>
          app
            .playground!.getLog()
            .find(
              (e) =>
                e.direction === "fromBot" &&
                e.userId === "29:demo-begeleider" &&
                JSON.stringify(e.activity ?? {}).includes(`Aanmelding ${kenmerk} · aanbod gedaan`),
            ),
        { timeoutMs: 30_000 },
      );
      const stored = await app.store.cases.idByKenmerk(kenmerk);
      expect((await app.store.cases.get(stored!))!.history.map((h) => h.action)).toEqual(["indienen", "aanbod_doen"]);

      // The begeleider looks the case up by its kenmerk. Its card there has two steps that ask a
      // reason (weigeren, intrekken): Web Chat once refused it for a duplicate input id and showed
      // an empty "1 bijlage". Now it renders, and the acceptance is recorded from it.
      const care = await open("29:demo-begeleider");
      onTestFailed(async () => void (await care.screenshot("e2e-case-begeleider")));
      await care.send(`aanmelding ${kenmerk}`);
      await care.page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · aanbod gedaan`))
        .last()
        .waitFor({ state: "visible" });
      await care.page.getByText("Jan de Vries").last().waitFor({ state: "visible" });
      await care.clickButton("Aanbod aanvaard");
      await care.page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · aanbod aanvaard`))
        .last()
        .waitFor({ state: "visible" });
      await care.close();

      // The landlord records the temporary lease (LV art. 4 lid 9) from the card it looks up: placed,
      // and the yearly evaluation (art. 5 lid 11) now runs from the lease start.
      const lease = await open("29:demo-woonconsulent");
      onTestFailed(async () => void (await lease.screenshot("e2e-case-lease")));
      await lease.send(`aanmelding ${kenmerk}`);
      await lease.page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · aanbod aanvaard`))
        .last()
        .waitFor({ state: "visible" });
      await lease.page.getByRole("button", { name: "Huurovereenkomst vastleggen" }).last().click();
      await lease.page
        .getByLabel(/^Datum/)
        .last()
        .fill(TODAY);
      await lease.clickButton("Bevestigen");
      await lease.page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · geplaatst \\(tijdelijke huurovereenkomst\\)`))
        .last()
        .waitFor({ state: "visible" });
      // Evaluation due: a year after the lease start, and the step to record it is on the card.
      await lease.page
        .getByText(/art\. 5 lid 11\): uiterlijk 23 november 2027/)
        .last()
        .waitFor({ state: "visible" });
      await lease.page.getByRole("button", { name: "Evaluatie vastleggen" }).last().waitFor({ state: "visible" });
      await lease.close();
      const placed = (await app.store.cases.get(stored!))!;
      expect(placed.history.map((h) => h.to)).toEqual(["ingediend", "aanbod_gedaan", "aanvaard", "geplaatst"]);
      expect(deriveCaseState(placed.history)).toMatchObject({ status: "geplaatst", leaseStart: TODAY });
    },
  );

  it(
    "KW chain: the woonconsulent submits, the Meldpunt takes it up in Web Chat, records kwetsbaarheid and hands over to the regiehouder",
    { timeout: 180_000 },
    async ({ onTestFailed }) => {
      // The Meldpunt's chat stays open: the aanmelding arrives in it (Web Chat polls).
      const meldpunt = await open("29:demo-meldpunt");
      onTestFailed(async () => void (await meldpunt.screenshot("e2e-kw-meldpunt")));
      await meldpunt.send("Hallo!");
      await meldpunt.page
        .getByText(/Waarmee kan ik je helpen/)
        .last()
        .waitFor({ state: "visible" });
      // The KW woonconsulent's intake and "Dien in" (through the endpoint; the Web Chat intake is the first test).
      const k = new BotClient(
        app.url,
        { id: "29:demo-woonconsulent-kw", aadObjectId: "00000000-0000-0000-0000-0000000000a6" },
        { serviceUrl: `${app.url}/connector` },
      );
      await driveIntake(k, cardsOf(await k.say("nieuwe aanmelding"))[0]!, KW_ELIGIBLE);
      const { kenmerk, aanmeldingId } = await chooseAndSubmit(
        k,
        "kw-meldpunt-ggd-hm",
        {
          name: "Fatima El Amrani",
          dateOfBirth: "1979-09-30",
          contactVia: "kandidaat",
          phone: "06 12345678",
          currentAddress: "Dorpsstraat 3, Schoonhoven",
        },
        "execute",
      );

      const page = meldpunt.page;
      await page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · ingediend`))
        .last()
        .waitFor({ state: "visible", timeout: 30_000 });
      await page.getByText("Fatima El Amrani").last().waitFor({ state: "visible" });
      await meldpunt.clickButton("Oppakken");
      await page
        .getByText(new RegExp(`Aanmelding ${kenmerk} · in behandeling`))
        .last()
        .waitFor({ state: "visible" });
      // Kwetsbaarheid established (KW Doelgroep: it decides KW.DOELGROEP).
      await page.getByRole("button", { name: "Kwetsbaarheid vastleggen" }).last().click();
      await page.getByText("Kwetsbaarheid vastgesteld", { exact: true }).last().click();
      await meldpunt.clickButton("Bevestigen");
      await page
        .getByText(/kwetsbaarheid vastgelegd — vastgesteld/)
        .last()
        .waitFor({ state: "visible" });
      // Hand-over to the regiehouder (KW Verplichtingen 2).
      await page.getByRole("button", { name: "Overdragen aan regiehouder" }).last().click();
      const choice = page.getByLabel(/^Regiehouder/).last();
      const regiehouder = (await choice.locator("option").allTextContents()).find((o) => o.trim() !== "");
      expect(regiehouder, "a regiehouder to hand over to").toBeDefined();
      await choice.selectOption({ label: regiehouder! });
      await meldpunt.clickButton("Bevestigen");
      await page
        .getByText(new RegExp(`overgedragen aan regiehouder — ${regiehouder}`))
        .last()
        .waitFor({ state: "visible" });
      await meldpunt.close();

      const history = (await app.store.cases.get(aanmeldingId))!.history;
      expect(history.map((h) => h.action)).toEqual(["indienen", "oppakken", "kwetsbaarheid_vastleggen", "overdragen"]);
      const state = deriveCaseState(history);
      expect(state).toMatchObject({ status: "in_behandeling", vulnerabilityEstablished: true });
      expect((await app.store.parties.get(state.regiehouderPartyId!))?.name).toBe(regiehouder);
    },
  );
});
