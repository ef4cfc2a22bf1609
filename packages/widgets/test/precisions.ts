import { parseProgram, type Program } from '@chuongtrinh/core';

/**
 * A small plan of the genre with a deadline of every precision of the contract (day, month,
 * quarter, year, period, annual, ongoing, conditional), parsed by core as a page author's own
 * `chuongtrinh parse` output would be.
 */
export function everyPrecisionProgram(): Program {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
    'Số: 12/KH-UBND',
    'Bắc Ninh, ngày 5 tháng 1 năm 2026',
    'KẾ HOẠCH',
    'CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030',
    'I. NHIỆM VỤ VÀ GIẢI PHÁP',
    '1. Thể chế',
    'a) Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ:',
    '- Ban hành quy chế (hoàn thành trước ngày 30/6/2026).',
    '- Rà soát thủ tục (Tháng 12/2026).',
    '- Tập huấn cán bộ (Quý III/2026).',
    '- Tổng kết thí điểm (năm 2027).',
    '2. Hạ tầng',
    '- Xây dựng trung tâm dữ liệu.',
    'Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
    'Thời gian thực hiện: Giai đoạn 2026-2030.',
    '- Báo cáo kết quả.',
    'Cơ quan chủ trì: Sở Nội vụ.',
    'Thời gian thực hiện: Hằng năm.',
    '- Duy trì cổng dữ liệu.',
    'Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
    'Thời gian thực hiện: Thường xuyên.',
    '- Kết nối dữ liệu quốc gia.',
    'Cơ quan chủ trì: Công an tỉnh.',
    'Thời gian thực hiện: Sau khi Bộ Công an ban hành hướng dẫn.',
  ].join('\n');
  return parseProgram(text).program;
}

/** The same plan with only its deadlines that fall in no single year (annual, ongoing, conditional without a year). */
export function lanesOnlyProgram(): Program {
  const precise = everyPrecisionProgram();
  return {
    ...precise,
    tasks: precise.tasks.map((task) => ({
      ...task,
      deadlines: task.deadlines.filter((deadline) => deadline.kind === 'annual' || deadline.kind === 'ongoing' || deadline.year === null),
    })),
  };
}
