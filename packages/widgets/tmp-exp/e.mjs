import { filterTasks, validateFilter, taskDetails, agencyWorkload, deadlinesByYear, suggestAgencies } from '@chuongtrinh/core';
console.log(filterTasks, validateFilter, taskDetails, agencyWorkload, deadlinesByYear, suggestAgencies);
