import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoIdentities } from '../../gateway/console';
import { startTestHub, type TestHub } from '../kit/hub';
import { departmentStaff, pdf, upload } from '../e2e/materials/materials-hub';
import {
  consoleUrl,
  buildConsole,
  launchBrowser,
  screenshot,
  signInAs,
  staffKey,
  until,
} from './browser-kit';

/**
 * The web console in a real browser, on the whole hub: an applicant applies for the "start a
 * construction project" bundle, four department desks act in parallel, one asks for a supplement
 * the applicant answers, a reviewer's read shows in the applicant's sharing log, the coordinator's
 * board follows live, the licences arrive together and the public check finds them genuine; a
 * rejected and a withdrawn case show so on every screen; an applicant account registers itself.
 */
let hub: TestHub;
let browser: Browser;
let base: string;
const riverside = '50e2c72a-81d3-42af-a59c-b3c9e16dd83f';
const departments = ['DRC', 'NRP', 'EEB', 'HCB'];
/** What the bundle's items ask for, with the department that reviews each once for everyone. */
const materials: [string, string][] = [
  ['PROJECT_PROPOSAL', 'DRC'],
  ['BUSINESS_LICENCE', 'AMR'],
  ['SITE_PLAN', 'NRP'],
  ['LAND_USE_CERTIFICATE', 'NRP'],
  ['ENVIRONMENTAL_IMPACT_REPORT', 'EEB'],
  ['CONSTRUCTION_DRAWINGS', 'HCB'],
  ['CONSTRUCTION_CONTRACT', 'HCB'],
  ['FIRE_SAFETY_DESIGN', 'HCB'],
];

beforeAll(async () => {
  buildConsole();
  hub = await startTestHub();
  // The construction bundle's deadline reaches into 2027: a case waits for the center to enter
  // that year's calendar (reform rule), so the center enters it, weekends only, as a city would.
  const entered = await hub.query(
    'centerAdmin',
    'mutation ($year: Int!) { setCalendarYear(year: $year, days: []) { year } }',
    { year: 2027 },
  );
  expect(entered.errors).toBeUndefined();
  await hub.settle();
  base = consoleUrl(hub);
  browser = await launchBrowser();
  // Riverside handed its materials over before (the first test hands one over on its screen).
  for (const [code] of materials) {
    const uploaded = await upload(hub, 'applicant', {
      applicantId: riverside,
      materialTypeCode: code,
      bytes: pdf(`${code} of Riverside`),
    });
    expect(uploaded.errors).toBeUndefined();
  }
  await verifyPendingMaterials();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** A person's own browser window, the console in English. */
async function openWindow(english = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  if (english) {
    await page.getByTestId('language').click();
    await page.getByText('OneStop joint approvals').waitFor();
  }
  return { context, page };
}

async function verifyPendingMaterials(): Promise<void> {
  await hub.settle();
  for (const lead of new Set(materials.map(([, department]) => department))) {
    const pending = await hub.query(
      departmentStaff(lead),
      `{ materialsAwaitingReview(first: 50) { nodes { id } } }`,
    );
    expect(pending.errors).toBeUndefined();
    for (const { id } of pending.data.materialsAwaitingReview.nodes) {
      const reviewed = await hub.query(
        departmentStaff(lead),
        `mutation ($input: ReviewMaterialInput!) { reviewMaterial(input: $input) { status } }`,
        { input: { materialId: id, decision: 'VERIFIED', problems: [] } },
      );
      expect(reviewed.errors).toBeUndefined();
    }
  }
  await hub.settle();
}

/** Applies for the bundle on the applicant's screen; returns the new case's reference. */
async function applyForConstruction(page: Page): Promise<string> {
  await signInAs(page, base, 'applicant');
  await page.locator('li[data-bundle=START-CONSTRUCTION] button').click();
  const view = page.getByTestId('case-view');
  await view.locator('h2').first().waitFor();
  const title = await view.locator('h2').first().innerText();
  return title.split(' · ')[0];
}

async function openCase(page: Page, reference: string): Promise<void> {
  await signInAs(page, base, 'applicant');
  await page.locator(`tr[data-reference="${reference}"] button`).click();
  await page.getByTestId('case-view').locator('h2').first().waitFor();
}

/** The hub with its event delivery taken one round at a time, for desks that wait together. */
function oneSettleAtATime(shared: TestHub): TestHub {
  let last: Promise<void> = Promise.resolve();
  const settle = () => {
    const next = last.then(() => shared.settle());
    last = next.catch(() => {});
    return next;
  };
  return { ...shared, settle };
}

const reloadCase = (page: Page) => () => page.getByTestId('case-view').getByText('↻').click();
const reloadDesk = (page: Page) => () => page.getByTestId('desk-reload').click();

it('plays a whole bundle: apply, four desks in parallel with a supplement, live board, licences, public check', async () => {
  const applicant = await openWindow();
  const page = applicant.page;

  // The console opens in Chinese; the applicant hands over one material through the screen.
  await signInAs(page, base, 'applicant');
  await page.locator('select[name=materialType]').selectOption('PROJECT_PROPOSAL');
  await page.locator('input[type=file]').setInputFiles({
    name: 'proposal.pdf',
    mimeType: 'application/pdf',
    buffer: pdf('Project proposal of Riverside, revised'),
  });
  await page.getByRole('button', { name: 'Upload' }).click();
  await page.getByTestId('upload-progress').waitFor({ state: 'detached' });
  await page.locator('tr[data-material=PROJECT_PROPOSAL]', { hasText: 'proposal.pdf' }).waitFor();
  await screenshot(page, 'applicant');
  // A new version of it: the lead department reviews it once, for every department.
  await signInAs(page, base, staffKey('DRC', 'reviewer'));
  const pending = page.locator('tr[data-material=PROJECT_PROPOSAL]', { hasText: 'proposal.pdf' });
  await until(hub, pending, () => page.reload());
  await pending.getByRole('button', { name: 'Verify' }).click();
  await pending.waitFor({ state: 'detached' });
  await hub.settle();

  // The coordinator watches the board, which is never reloaded from here on.
  const coordinator = await openWindow(false);
  await signInAs(coordinator.page, base, 'coordinator');
  await coordinator.page.getByText('实时').waitFor();

  const reference = await applyForConstruction(page);
  await until(hub, page.locator('.case-view p .status[data-status=IN_PROGRESS]'), reloadCase(page));
  expect(await page.locator('.case-view tbody tr[data-department]').count()).toBe(4);
  await screenshot(page, 'applicant-case');

  const board = coordinator.page.locator(`tr[data-reference="${reference}"]`);
  await until(hub, board);
  await screenshot(coordinator.page, 'board');

  // Four desks, each in its own window, accept and review at once; the NRP first asks for the
  // site plan again.
  const desks = new Map<string, { context: BrowserContext; page: Page }>();
  for (const code of departments) desks.set(code, await openWindow());
  const deskOf = (code: string) => desks.get(code)!.page;
  // The desks wait on the hub's events together: one delivery round at a time.
  const shared = oneSettleAtATime(hub);
  await Promise.all(
    departments.map(async (code) => {
      const deskPage = deskOf(code);
      await signInAs(deskPage, base, staffKey(code, 'reviewer'));
      const task = deskPage.locator(`article.task[data-case="${reference}"]`);
      await until(shared, task, reloadDesk(deskPage));
      await task.getByRole('button', { name: 'Accept' }).click();
      await task.locator('input[name=opinion]').waitFor();
      if (code === 'DRC') {
        // The reviewer opens the project proposal for this case: a read the applicant will see.
        const proposal = task.locator('tr[data-case-material=PROJECT_PROPOSAL]');
        await proposal.getByRole('button', { name: 'Open', exact: true }).click();
        await proposal.getByTestId('material-download').waitFor();
      }
      if (code === 'NRP') {
        await task.locator('input[name=reason]').fill('The site plan is not signed.');
        await task.locator('select[name=supplementMaterial]').selectOption('SITE_PLAN');
        await task.getByRole('button', { name: 'Ask for a supplement' }).click();
        await deskPage
          .locator(`article.task[data-case="${reference}"][data-status=SUPPLEMENT_REQUESTED]`)
          .waitFor();
        return;
      }
      await task.locator('input[name=opinion]').fill(`${code}: conforms.`);
      await task.getByRole('button', { name: 'Review', exact: true }).click();
      await deskPage
        .locator(`article.task[data-case="${reference}"][data-status=REVIEWED]`)
        .waitFor();
      if (code === 'DRC' || code === 'EEB') {
        await task.locator('input[name=minutes]').fill('The meeting agreed.');
        await task.getByRole('button', { name: 'Record' }).click();
        await task.getByText('Meeting minutes:').waitFor();
      }
    }),
  );
  await screenshot(deskOf('DRC'), 'desk');

  // The applicant's sharing log lists the DRC's read of its project proposal.
  await signInAs(page, base, 'applicant');
  await until(
    hub,
    page.locator('li[data-read=PROJECT_PROPOSAL][data-department=DRC]', { hasText: 'Qian Lei' }),
    () => page.reload(),
  );
  await screenshot(page, 'applicant-sharing-log');

  // The applicant sees the request and answers it; the clock paused meanwhile.
  await openCase(page, reference);
  const nrpRow = page.locator('tr[data-department=NRP]');
  await until(hub, nrpRow.getByRole('button', { name: 'Supplied: submit' }), reloadCase(page));
  await expect(nrpRow.innerText()).resolves.toContain('The site plan is not signed.');
  await nrpRow.locator('input[name=supplement-SITE_PLAN]').setInputFiles({
    name: 'site-plan-signed.pdf',
    mimeType: 'application/pdf',
    buffer: pdf('Site plan of Riverside, signed'),
  });
  await nrpRow.getByTestId('supplement-uploaded').waitFor();
  // One click: approvals learns of the new version from the materials' event, and a supply that
  // arrives first is refused (SUPPLEMENT_NOT_UPLOADED); the console then says it is waiting and
  // sends it again by itself. Taken, the case reloads and the button is gone.
  const supply = nrpRow.getByRole('button', { name: 'Supplied: submit' });
  await supply.click();
  await supply.waitFor({ state: 'detached', timeout: 60_000 });
  await expect(page.getByRole('alert').count()).resolves.toBe(0);

  const nrpDesk = deskOf('NRP');
  // The NRP leads the site plan's review: it checks the new version once, for everyone.
  const sitePlan = nrpDesk.locator('tr[data-material=SITE_PLAN]', {
    hasText: 'site-plan-signed.pdf',
  });
  await until(hub, sitePlan, () => nrpDesk.reload());
  await sitePlan.getByRole('button', { name: 'Verify' }).click();
  await sitePlan.waitFor({ state: 'detached' });
  const nrpTask = nrpDesk.locator(`article.task[data-case="${reference}"][data-status=ACCEPTED]`);
  await until(hub, nrpTask, reloadDesk(nrpDesk));
  await nrpTask.locator('input[name=opinion]').fill('NRP: conforms after the supplement.');
  await nrpTask.getByRole('button', { name: 'Review', exact: true }).click();
  await nrpDesk.locator(`article.task[data-case="${reference}"][data-status=REVIEWED]`).waitFor();

  // Each chief representative signs at their own desk, all at once; the licences arrive
  // together when the last one signs.
  await Promise.all(
    departments.map(async (code) => {
      const deskPage = deskOf(code);
      await signInAs(deskPage, base, staffKey(code, 'chief'));
      const task = deskPage.locator(`article.task[data-case="${reference}"][data-status=REVIEWED]`);
      await until(shared, task, reloadDesk(deskPage));
      await task.getByRole('button', { name: 'Sign', exact: true }).click();
      // Signed and sealed: the task leaves the open list.
      await task.waitFor({ state: 'detached' });
    }),
  );

  await openCase(page, reference);
  await until(hub, page.locator('.case-view p .status[data-status=COMPLETED]'), reloadCase(page));
  const licences = page.getByTestId('licence');
  // One licence per item: NRP's task approves the bundle's two planning items.
  const expected = [...departments, 'NRP'].sort();
  await until(hub, licences.nth(expected.length - 1), reloadCase(page));
  const serials = await page.locator('[data-testid=licence] .serial').allInnerTexts();
  expect(serials.map((serial) => serial.split('-')[0]).sort()).toEqual(expected);
  await screenshot(page, 'applicant-licences');
  // A poor rating opens a follow-up with every department of the case.
  await page.locator('input[name=comment]').fill('Too many visits to the desk.');
  await page.locator('button[data-score="2"]').click();
  await page.getByText('✔ Done').waitFor();
  await hub.settle();
  await signInAs(page, base, 'supervisor');
  await page.goto(`${base}#/supervision`);
  await until(hub, page.locator('tr', { hasText: 'Too many visits to the desk.' }).nth(3), () =>
    page.reload(),
  );
  // Each department answers its own.
  await signInAs(page, base, staffKey('HCB', 'chief'));
  const followUp = page.locator('tr[data-follow-up]', { hasText: 'Too many visits' });
  await followUp.locator('input[name=response]').fill('We called the applicant back.');
  await followUp.getByRole('button', { name: 'Respond' }).click();
  await page
    .locator('tr', { hasText: 'We called the applicant back. (staff-hcb-chief)' })
    .waitFor();

  // The board followed without a reload: the case shows completed.
  await until(hub, board.locator('[data-status=COMPLETED]'));
  await screenshot(coordinator.page, 'board-completed');
  // A click opens the case's dossier.
  await board.getByRole('button', { name: reference }).click();
  await coordinator.page.locator('.case-view p .status[data-status=COMPLETED]').waitFor();
  await expect(coordinator.page.getByTestId('licence').count()).resolves.toBe(expected.length);

  // Anyone checks a licence, signed in or not, and in Chinese by default.
  const citizen = await openWindow(false);
  await citizen.page.goto(`${base}#/check`);
  await citizen.page.locator('input[name=serial]').fill(serials[0]);
  await citizen.page.getByRole('button', { name: '核验' }).click();
  await expect(citizen.page.getByTestId('verdict').innerText()).resolves.toContain('真实有效');
  await screenshot(citizen.page, 'licence-check');
  await citizen.page.locator('input[name=serial]').fill('DRC-2026-999999');
  await citizen.page.getByRole('button', { name: '核验' }).click();
  await citizen.page.getByText('未找到该编号的已送达证照').waitFor();

  for (const opened of [applicant, coordinator, citizen, ...desks.values()])
    await opened.context.close();
}, 1_200_000);

it("shows a rejected and a withdrawn case as such on the applicant's screen, the desks and the board", async () => {
  const { context, page } = await openWindow();
  const rejected = await applyForConstruction(page);
  await until(hub, page.locator('.case-view p .status[data-status=IN_PROGRESS]'), reloadCase(page));
  const withdrawn = await applyForConstruction(page);
  await until(hub, page.locator('.case-view p .status[data-status=IN_PROGRESS]'), reloadCase(page));
  await page.getByRole('button', { name: 'Withdraw' }).click();
  await until(hub, page.locator('.case-view p .status[data-status=WITHDRAWN]'), reloadCase(page));

  await signInAs(page, base, staffKey('EEB', 'reviewer'));
  const task = page.locator(`article.task[data-case="${rejected}"]`);
  await until(hub, task, reloadDesk(page));
  await task.getByRole('button', { name: 'Accept' }).click();
  await task.locator('input[name=reason]').fill('The site lies in a water protection zone.');
  await task.getByRole('button', { name: 'Reject' }).click();
  await task.waitFor({ state: 'detached' });
  await page.getByText('All tasks').first().click();
  await page.locator(`article.task[data-case="${rejected}"][data-status=REJECTED]`).waitFor();
  await page.locator(`article.task[data-case="${withdrawn}"][data-status=CANCELLED]`).waitFor();

  // Another department's desk: its task of each case was cancelled, not left open.
  await signInAs(page, base, staffKey('HCB', 'reviewer'));
  await page.getByText('All tasks').first().click();
  for (const reference of [rejected, withdrawn]) {
    await until(
      hub,
      page.locator(`article.task[data-case="${reference}"][data-status=CANCELLED]`),
      reloadDesk(page),
    );
  }

  await openCase(page, rejected);
  await until(hub, page.locator('.case-view p .status[data-status=REJECTED]'), reloadCase(page));
  const eeb = page.locator('tr[data-department=EEB]');
  await expect(eeb.innerText()).resolves.toContain('water protection zone');
  await until(
    hub,
    page.locator('.case-view tbody [data-status=CANCELLED]').nth(2),
    reloadCase(page),
  );
  await screenshot(page, 'applicant-rejected');
  // The withdrawn case: every department's task cancelled with it.
  await openCase(page, withdrawn);
  await page.locator('.case-view p .status[data-status=WITHDRAWN]').waitFor();
  await until(
    hub,
    page.locator('.case-view tbody [data-status=CANCELLED]').nth(3),
    reloadCase(page),
  );
  await screenshot(page, 'applicant-withdrawn');

  await signInAs(page, base, 'coordinator');
  await until(hub, page.locator(`tr[data-reference="${rejected}"] [data-status=REJECTED]`), () =>
    page.reload(),
  );
  await page.locator(`tr[data-reference="${withdrawn}"] [data-status=WITHDRAWN]`).waitFor();
  await screenshot(page, 'board-closed');

  // The window registers an applicant (refusing a malformed code with its meaning) and applies.
  await signInAs(page, base, 'windowClerk');
  await page.goto(`${base}#/window`);
  await page.locator('input[name=name]').fill('Ill-formed Co.');
  await page.locator('input[name=identifier]').fill('123');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.locator('[role=alert] [data-code]').first().waitFor();
  await page.locator('input[name=applicantId]').fill(riverside);
  await page.locator('select[name=bundle]').selectOption('START-CONSTRUCTION');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await until(hub, page.getByTestId('slip').locator('[data-status=IN_PROGRESS]'));
  await screenshot(page, 'window');

  // The supervisor verifies the audit chain.
  await signInAs(page, base, 'supervisor');
  await page.goto(`${base}#/supervision`);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('chain').innerText()).resolves.toContain('intact');
  await screenshot(page, 'supervision');
  await context.close();
}, 600_000);

it('lets an applicant account register its own enterprise online, once', async () => {
  const { context, page } = await openWindow();
  await signInAs(page, base, 'newApplicant');
  const form = page.getByTestId('self-registration');
  const register = form.getByRole('button', { name: 'Register my enterprise or person online' });
  // A malformed credit code is refused with its meaning, and nothing is registered.
  await form.locator('input[name=name]').fill('Harbour Bakery Co., Ltd.');
  await form.locator('input[name=identifier]').fill('123');
  await register.click();
  await form.locator('[role=alert] [data-code=INVALID_CREDIT_CODE]').waitFor();
  await form.locator('input[name=identifier]').fill('91350100M000100Y43');
  await register.click();
  // The screen now shows the account's own applicant instead of the form.
  await page.getByText('91350100M000100Y43').waitFor();
  await form.waitFor({ state: 'detached' });
  await expect(page.getByText('Harbour Bakery Co., Ltd.').count()).resolves.toBe(1);
  await screenshot(page, 'applicant-self-registration');
  // Once only: the same account registers no other.
  const again = await hub.query(
    demoIdentities().newApplicant,
    `mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
    { input: { kind: 'PERSON', name: 'Chen Yu', identifier: '11010519491231002X' } },
  );
  expect(again.errors?.[0].extensions?.code).toBe('ALREADY_REGISTERED');
  await context.close();
}, 300_000);
