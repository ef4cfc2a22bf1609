import { filterTasks } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { expect, test } from 'vitest';
import '../index.js';
import { expectNoAxeViolations, mount, parts } from '../../test/browser.js';
import type { CtTaskList } from './task-list.js';

test('lists the tasks of an agency, as core filters them', async () => {
  const list = await mount<CtTaskList>('<ct-task-list agency="so-cong-thuong"></ct-task-list>');
  const expected = filterTasks(program, { agency: 'so-cong-thuong' }).map((task) => task.id);
  expect(parts(list, '[part~="task"]').map((task) => task.id)).toEqual(expected);
  await expectNoAxeViolations();
});
