/**
 * The services' pictograms (src/components/services/Pictogram.astro), one SVG path each on a 24 × 24
 * grid, keyed by the service's file name (content/services/de/<name>.md). A new service needs
 * no entry here: it shows without one until someone draws it.
 */
export const pictograms: Readonly<Record<string, string>> = {
  // A person behind the reception desk.
  reception: 'M12 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM7.5 14a4.5 4.5 0 0 1 9 0M3 14h18M5 14v6.5M19 14v6.5',
  // A house.
  housing: 'M3.5 11 12 4l8.5 7M6 9.5V20h12V9.5M10 20v-5h4v5',
  // Two speech bubbles.
  interpreting: 'M3 4.5h10v7H8l-3 2.5v-2.5H3zM11 14.5v2h5l3 2.5v-2.5h2v-7h-5',
  // A heart.
  'psychological-support': 'M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.6 4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z',
  // A board with a pointer: teaching.
  training: 'M3.5 4.5h17v11h-17zM12 15.5v4M8 20.5h8M7 8.5h6M7 11.5h4',
  // A raised open hand.
  volunteering:
    'M8 12V5.5a1.25 1.25 0 0 1 2.5 0V11M10.5 10V4.25a1.25 1.25 0 0 1 2.5 0V11M13 10.5V5.5a1.25 1.25 0 0 1 2.5 0V12M15.5 11V8.25a1.25 1.25 0 0 1 2.5 0V14a6.5 6.5 0 0 1-6.5 6.5A5.5 5.5 0 0 1 6.8 18l-2.3-3.6a1.25 1.25 0 0 1 2-1.5L8 14.5',
  // Three people around a table.
  workshops:
    'M6 5.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM12 3.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM18 5.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM3 15h18M5 15v5M19 15v5M3.5 13a2.5 2.5 0 0 1 5 0M9.5 11a2.5 2.5 0 0 1 5 0M15.5 13a2.5 2.5 0 0 1 5 0',
  // Two arrows, one each way: an exchange.
  'exchange-days': 'M4 8.5h14M14.5 5 18 8.5 14.5 12M20 15.5H6M9.5 12 6 15.5 9.5 19',
};
