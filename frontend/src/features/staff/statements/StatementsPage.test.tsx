import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { signedInAsStaff, stubGraphqlServer } from '../../../testing/graphqlServer';
import { renderApp } from '../../../testing/renderApp';

/** A stand-in for the browser's XMLHttpRequest at the network seam: it records the request, and the
 * test drives the upload's progress and the server's answer. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  withCredentials = false;
  responseType = '';
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null; onload: (() => void) | null } = {
    onprogress: null,
    onload: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }

  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent));
  }

  sentAll() {
    act(() => this.upload.onload?.());
  }

  async answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(async () => {
      this.onload?.();
      await Promise.resolve();
    });
  }
}

function stubXhr(): FakeXhr[] {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return FakeXhr.sent;
}

const earlierImport = {
  id: '1',
  filename: 'nyukin-20261125.txt',
  format: 'TRANSFER_NOTICE',
  importedAt: '2026-11-25T00:30:00+00:00',
  importedBy: null,
  credits: 12,
  applied: 11,
  toReview: 1,
  alreadyImported: 0,
};

const newImport = {
  id: '2',
  filename: '入金明細 11月26日.csv',
  format: 'NET_BANKING_CSV',
  importedAt: '2026-11-26T01:05:00+00:00',
  importedBy: 'staff@koushin.example',
  credits: 3,
  applied: 1,
  toReview: 2,
  alreadyImported: 0,
};

function importsPage(nodes: unknown[], hasNextPage = false, totalCount = nodes.length) {
  return {
    data: {
      statementImports: { nodes, pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c2' : null }, totalCount },
    },
  };
}

function historyRows() {
  const table = screen.getByRole('table', { name: '取り込んだ明細（新しい順）' });
  const [, ...rows] = within(table).getAllByRole('row');
  return rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

async function chooseAndImport(name: string, text: string) {
  const user = userEvent.setup();
  const file = new File([text], name, { type: 'text/csv' });
  await user.upload(screen.getByLabelText('明細ファイル'), file);
  await user.click(screen.getByRole('button', { name: '取り込む' }));
  return file;
}

describe('bank statements', () => {
  it('uploads the file as the body, shows its progress, then the import’s figures, and lists it first', async () => {
    let imported = false;
    const requests = stubGraphqlServer({
      Me: signedInAsStaff,
      StatementImports: () => importsPage(imported ? [newImport, earlierImport] : [earlierImport]),
    });
    const sent = stubXhr();
    renderApp('/staff/statements');
    await screen.findByRole('table', { name: '取り込んだ明細（新しい順）' });

    const file = await chooseAndImport('入金明細 11月26日.csv', '入金日,照会番号\n');
    const [xhr] = sent;
    expect(sent).toHaveLength(1);
    expect(xhr?.method).toBe('POST');
    expect(xhr?.url).toBe(
      '/staff/statements?filename=%E5%85%A5%E9%87%91%E6%98%8E%E7%B4%B0%2011%E6%9C%8826%E6%97%A5.csv',
    );
    expect(xhr?.headers).toEqual({ 'Content-Type': 'application/octet-stream' });
    expect(xhr?.withCredentials).toBe(true);
    expect(xhr?.body).toBe(file);
    expect(screen.getByRole('button', { name: '取り込み中…' })).toHaveProperty('disabled', true);

    xhr?.progress(40, 100);
    const progress = screen.getByRole('progressbar', { name: '送信の進み具合' });
    expect(progress.getAttribute('value')).toBe('40');
    expect(screen.getByText('送信中… 40%')).toBeDefined();

    xhr?.sentAll();
    expect(screen.getByRole('progressbar', { name: '送信の進み具合' }).hasAttribute('value')).toBe(false);
    expect(screen.getByText('取り込み中…', { selector: 'span' })).toBeDefined();

    imported = true;
    await xhr?.answer(200, {
      import: {
        id: '2',
        format: 'NET_BANKING_CSV',
        credits: 3,
        applied: 1,
        toReview: 2,
        alreadyImported: 0,
        reasons: { SHORT: 1, UNKNOWN_ACCOUNT: 1 },
      },
    });
    const result = screen.getByRole('region', { name: /^取り込みました/ });
    expect(
      Array.from(result.querySelectorAll('dl > div'), (pair) => [
        pair.querySelector('dt')?.textContent,
        pair.querySelector('dd')?.textContent,
      ]),
    ).toEqual([
      ['入金明細', '3件'],
      ['適用', '1件'],
      ['要確認', '2件'],
      ['取込済みのため省略', '0件'],
    ]);
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['入金不足: 1件', '口座不明: 1件']);
    expect(within(result).getByRole('link', { name: '要確認入金を確認する' }).getAttribute('href')).toBe(
      '/staff/review',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();

    await screen.findByText('入金明細 11月26日.csv', { selector: 'th' });
    expect(historyRows()).toEqual([
      [
        '入金明細 11月26日.csv',
        'ネットバンキングCSV',
        '2026年11月26日 10:05',
        'staff@koushin.example',
        '3',
        '1',
        '2',
        '0',
      ],
      ['nyukin-20261125.txt', '全銀 振込入金通知', '2026年11月25日 9:30', 'コマンドライン', '12', '11', '1', '0'],
    ]);
    expect(requests.filter((request) => request.operationName === 'StatementImports')).toHaveLength(2);
  });

  it('says a refused file was not imported at all, with the record and the reason', async () => {
    const requests = stubGraphqlServer({ Me: signedInAsStaff, StatementImports: () => importsPage([earlierImport]) });
    const sent = stubXhr();
    renderApp('/staff/statements');
    await screen.findByRole('table', { name: '取り込んだ明細（新しい順）' });

    await chooseAndImport('broken.csv', 'nonsense');
    await sent[0]?.answer(422, { refused: { record: 3, reason: '金額が数字ではありません。' } });

    expect(screen.getByRole('alert').textContent).toBe(
      '取り込めませんでした。何も取り込まれていません。レコード 3: 金額が数字ではありません。',
    );
    expect(screen.queryByRole('region', { name: /取り込みました/ })).toBeNull();
    expect(requests.filter((request) => request.operationName === 'StatementImports')).toHaveLength(1);
  });

  it('shows the server’s sentence when it refuses the request itself', async () => {
    stubGraphqlServer({ Me: signedInAsStaff, StatementImports: () => importsPage([]) });
    const sent = stubXhr();
    renderApp('/staff/statements');
    expect(await screen.findByText('まだ明細を取り込んでいません。')).toBeDefined();

    await chooseAndImport('huge.txt', 'x');
    await sent[0]?.answer(413, { errors: [{ message: 'A statement may be at most 256 MB.' }] });

    expect(screen.getByRole('alert').textContent).toBe('A statement may be at most 256 MB.');
  });

  it('asks for a file before sending anything', async () => {
    stubGraphqlServer({ Me: signedInAsStaff, StatementImports: () => importsPage([]) });
    const sent = stubXhr();
    renderApp('/staff/statements');
    await screen.findByText('まだ明細を取り込んでいません。');

    await userEvent.setup().click(screen.getByRole('button', { name: '取り込む' }));

    expect(screen.getByRole('alert').textContent).toBe('取り込むファイルを選んでください。');
    expect(sent).toHaveLength(0);
  });

  it('lists the imports a page at a time', async () => {
    const requests = stubGraphqlServer({
      Me: signedInAsStaff,
      StatementImports: (variables) =>
        variables.after === 'c2' ? importsPage([earlierImport], false, 2) : importsPage([newImport], true, 2),
    });
    stubXhr();
    renderApp('/staff/statements');

    expect(await screen.findByText('全2件中 1件を表示')).toBeDefined();
    await userEvent.setup().click(screen.getByRole('button', { name: 'さらに表示' }));

    expect(await screen.findByText('全2件')).toBeDefined();
    expect(historyRows().map((row) => row[0])).toEqual(['入金明細 11月26日.csv', 'nyukin-20261125.txt']);
    expect(
      requests.filter((request) => request.operationName === 'StatementImports').map((request) => request.variables),
    ).toEqual([
      { first: 20, after: null },
      { first: 20, after: 'c2' },
    ]);
  });
});
