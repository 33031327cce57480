// /embed.js: the Casetrail widgets as one ES module. Importing it defines <casetrail-timeline>
// and <casetrail-frame> unless those tags are taken, so loading it twice is harmless; it sets
// no globals and adds no CSS to the page.
import { CasetrailFrameElement } from './frame-element';
import { CasetrailTimelineElement } from './timeline-element';

CasetrailTimelineElement.define();
CasetrailFrameElement.define();

export { CasetrailFrameElement, CasetrailTimelineElement };
