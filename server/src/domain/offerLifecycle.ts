// The lifecycle of an offer: draft → in_review → published ⇄ paused →
// ended. The merchant edits and submits drafts, pauses, resumes and ends;
// the credit office approves a submitted offer or sends it back to draft
// with a reason. Anything else is a conflict with the offer's state.
import type {
  OfferAction,
  OfferStatus,
  ReviewDecision,
} from '@creditplus/shared';

export interface Transition {
  from: OfferStatus[];
  to: OfferStatus;
}

export const merchantTransitions: Record<OfferAction, Transition> = {
  submit: { from: ['draft'], to: 'in_review' },
  pause: { from: ['published'], to: 'paused' },
  resume: { from: ['paused'], to: 'published' },
  end: { from: ['published', 'paused'], to: 'ended' },
};

export const reviewTransitions: Record<ReviewDecision, Transition> = {
  approve: { from: ['in_review'], to: 'published' },
  refuse: { from: ['in_review'], to: 'draft' },
};

/** Only a draft can be edited; a published offer's terms are fixed. */
export const EDITABLE: OfferStatus = 'draft';
