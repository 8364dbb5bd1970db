// Every data file, for the one validator (build and tests). Not imported by the app.
import { facts } from './facts';
import guidesJson from '../data/guides.json' with { type: 'json' };
import centresJson from '../data/centres.json' with { type: 'json' };
import sourcesJson from '../data/sources.json' with { type: 'json' };
import enTitles from '../../locales/en/sources.json' with { type: 'json' };
import type { Source } from './types';
import enApp from '../../locales/en/check.json' with { type: 'json' };
import type { AllData } from './validate';

const { _about, ...sources } = sourcesJson as Record<string, unknown>;
void _about;

export const allData: AllData = {
  ...facts,
  sources: sources as Record<string, Source>,
  guides: guidesJson.guides as unknown as AllData['guides'],
  centres: centresJson.places as unknown as AllData['centres'],
  titles: enTitles as Record<string, string>,
  readyWords: (enApp as { ready?: Record<string, string> }).ready ?? {},
  placeWords: enApp.place as Record<string, string>,
};
