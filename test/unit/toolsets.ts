// Representative tool sets for the rules tables: each is what a resident could answer.
import type { Answers } from '../../src/rules/types';

export const TOOLSETS: Record<string, Answers> = {
  'nothing': { device: 'phone', have: ['none'] },
  'bank only': { device: 'phone', have: ['internet-bank'] },
  'eParaksts mobile works': { device: 'phone', have: ['eparaksts-mobile'], 'eparaksts-status': 'works' },
  'eParaksts mobile never registered': { device: 'phone', have: ['eparaksts-mobile'], 'eparaksts-status': 'not-registered' },
  'eParaksts mobile needs new password': { device: 'phone', have: ['eparaksts-mobile'], 'eparaksts-status': 'problem' },
  'eID ready on computer': { device: 'computer', have: ['eid-card', 'card-reader'], pins: 'known', software: 'yes', 'new-card': 'no', smartphone: 'yes' },
  'eID, no reader, computer': { device: 'computer', have: ['eid-card'], pins: 'known', software: 'yes', 'new-card': 'no', smartphone: 'yes' },
  'eID ready but on phone': { device: 'phone', have: ['eid-card', 'card-reader'], pins: 'known', software: 'yes', 'new-card': 'no' },
  'eID, PIN envelope lost': { device: 'computer', have: ['eid-card', 'card-reader'], pins: 'lost', software: 'yes', 'new-card': 'no', smartphone: 'yes' },
  'eID, PIN blocked': { device: 'computer', have: ['eid-card', 'card-reader'], pins: 'blocked', software: 'yes', 'new-card': 'no', smartphone: 'yes' },
  'eID, new card today': { device: 'computer', have: ['eid-card', 'card-reader'], pins: 'known', software: 'yes', 'new-card': 'yes', smartphone: 'yes' },
  'Smart-ID qualified': { device: 'phone', have: ['smart-id'], 'smart-id-level': 'qualified' },
  'Smart-ID Basic': { device: 'phone', have: ['smart-id'], 'smart-id-level': 'basic' },
  'Smart-ID Basic + bank': { device: 'phone', have: ['smart-id', 'internet-bank'], 'smart-id-level': 'basic' },
  'eParaksts card ready': { device: 'computer', have: ['eparaksts-card', 'card-reader'], pins: 'known', software: 'yes', smartphone: 'yes' },
  'residence permit ready': { device: 'computer', have: ['residence-permit-card', 'card-reader'], pins: 'known', software: 'yes', 'new-card': 'no', smartphone: 'yes' },
  // Issue 8's first example: a pensioner on a computer who lost the PIN envelope, with and without a smartphone.
  'eID, PIN envelope lost, no reader, no smartphone': { device: 'computer', have: ['eid-card'], pins: 'lost', software: 'unsure', smartphone: 'no' },
  'eID, PIN envelope lost, no reader, smartphone': { device: 'computer', have: ['eid-card'], pins: 'lost', software: 'unsure', smartphone: 'yes' },
  'foreign EU eID': { device: 'computer', have: ['foreign-eid'], smartphone: 'yes' },
};

export const DATES = ['2023-06-01', '2024-06-01', '2026-11-26'];
