import {describe, expect, it} from 'vitest';
import {resolveRepository} from '../../src/config/repository';

describe('resolveRepository', () => {
  it('links nothing without REPO_URL and EDIT_URL', () => {
    expect(resolveRepository({})).toEqual({});
    expect(resolveRepository({REPO_URL: '  '})).toEqual({});
  });

  it.each([
    ['https://github.com/bbe/wissensplattform', undefined, 'https://github.com/bbe/wissensplattform', 'main'],
    ['https://github.com/bbe/wissensplattform.git', undefined, 'https://github.com/bbe/wissensplattform', 'main'],
    [' https://github.com/bbe/wissensplattform/ ', 'redaktion', 'https://github.com/bbe/wissensplattform', 'redaktion'],
  ])('derives edit and form links from %j (branch %j)', (repoUrl, branch, url, expectedBranch) => {
    expect(resolveRepository({REPO_URL: repoUrl, REPO_BRANCH: branch})).toEqual({
      repository: {
        url,
        editUrl: `${url}/edit/${expectedBranch}/`,
        practiceForm: `${url}/issues/new?template=praxisbeispiel.yml`,
        bugForm: `${url}/issues/new?template=fehler.yml`,
        newIssue: `${url}/issues/new/choose`,
      },
      editUrl: `${url}/edit/${expectedBranch}/`,
    });
  });

  it('lets EDIT_URL set the edit links alone, with or without a repository', () => {
    expect(resolveRepository({EDIT_URL: 'https://git.example.org/edit/main'})).toEqual({editUrl: 'https://git.example.org/edit/main/'});
    const both = resolveRepository({REPO_URL: 'https://github.com/bbe/wp', EDIT_URL: 'https://git.example.org/edit/main/'});
    expect(both.editUrl).toBe('https://git.example.org/edit/main/');
    expect(both.repository?.practiceForm).toBe('https://github.com/bbe/wp/issues/new?template=praxisbeispiel.yml');
  });

  it.each([
    [{REPO_URL: 'github.com/bbe/wp'}, /REPO_URL: .*keine gültige Adresse/],
    [{REPO_URL: 'http://github.com/bbe/wp'}, /REPO_URL: .*muss mit https:\/\/ beginnen/],
    [{REPO_URL: 'https://github.com/bbe'}, /REPO_URL: .*genau auf ein Repository/],
    [{REPO_URL: 'https://github.com/bbe/wp/tree/main'}, /REPO_URL: .*ohne weiteren Pfad/],
    [{REPO_URL: 'https://github.com/bbe/wp', REPO_BRANCH: 'main; rm'}, /REPO_BRANCH: .*kein gültiger Branch-Name/],
    [{EDIT_URL: 'javascript:alert(1)'}, /EDIT_URL: .*muss mit https:\/\/ beginnen/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => resolveRepository(env)).toThrow(message);
  });
});
