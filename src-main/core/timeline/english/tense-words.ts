/**
 * The word lists the English tense detector (tense.ts) reads. Lower case; apostrophes kept
 * ("'ll"). Kept apart from the detector so the lists can grow without the logic.
 */

/** Words that put a clause in the future, checked first because some also end in "-ed". */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'wo', 'going', 'plans', 'plan', 'planned', 'planning', 'scheduled', 'expects', 'expected',
  'intends', 'intend', 'due', 'upcoming', 'would', 'tomorrow', 'next', 'hopes', 'aims', 'soon', 'effective',
]);

/** Future words that are nouns unless "to" follows ("plans to sell" against "vacation plans"). */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(['plan', 'plans']);

/** Irregular past forms and past auxiliaries (regular past forms are recognised by "-ed"). */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'made', 'went', 'came', 'took', 'gave', 'met', 'held', 'left', 'began',
  'got', 'saw', 'found', 'thought', 'knew', 'became', 'brought', 'bought', 'sent', 'spent', 'won', 'lost', 'fell',
  'rose', 'led', 'ran', 'sold', 'struck', 'shot', 'fought', 'flew', 'spoke', 'wrote', 'chose', 'drove', 'broke', 'stood',
  'fled', 'sought', 'caught', 'kept', 'paid', 'built', 'felt', 'heard', 'wore', 'arose', 'ago', 'yesterday', 'last', 'earlier',
  'hit', 'slid', 'swept', 'blew', 'threw', 'forced', 'dropped', 'closed', 'ended', 'signed', 'been',
]);

/** Present-tense auxiliaries ("has" and "have" also before any participle: "has given"), reporting verbs and adverbs. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'says', 'say', 'am', 'now', 'currently', 'has', 'have']);

/** Words ending in "-ed" that are not verbs in the past. */
export const NOT_PAST: ReadonlySet<string> = new Set([
  'need', 'speed', 'red', 'bed', 'seed', 'feed', 'united', 'limited', 'indeed', 'hundred', 'based', 'related', 'proposed',
  'unspecified', 'undisclosed', 'unidentified', 'unnamed', 'detailed', 'advanced', 'so-called', 'armed', 'embattled',
  'succeed', 'proceed', 'exceed', 'breed', 'bleed', 'greed',
]);

/**
 * Words after which a verb form is a noun or an adjective instead ("the plan", "its planned
 * sale", "than expected"), so they say nothing about the tense.
 */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those', 'than', 'as',
]);

/**
 * Adverbs that, between a determiner and a participle, make the participle an adjective ("a
 * still unspecified date", "the newly appointed chairman"); "-ly" adverbs count as well.
 */
export const MODIFYING_ADVERBS: ReadonlySet<string> = new Set([
  'still', 'very', 'long', 'well', 'much', 'so', 'once', 'already', 'previously', 'recently', 'newly', 'widely',
]);

/** A participle after these words is a present perfect ("has extended"), not a past. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', "'ve"]);

/** Passive participles after these words take their tense from the auxiliary before them ("will be named", "is expected"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/**
 * Words before "to" that make the infinitive after it look ahead ("agreed to buy", "is to open",
 * "expected to close"); other infinitives ("to mark the day") say nothing about the tense.
 */
export const INTENTION_WORDS: ReadonlySet<string> = new Set([
  'agreed', 'agree', 'agrees', 'plans', 'plan', 'planned', 'planning', 'expected', 'expects', 'expect', 'set', 'likely',
  'unlikely', 'ready', 'decided', 'decides', 'voted', 'votes', 'promised', 'promises', 'vowed', 'vows', 'threatened',
  'threatens', 'pledged', 'pledges', 'is', 'are', 'was', 'were', 'going', 'due', 'scheduled', 'hopes', 'hope', 'hoped',
  'wants', 'want', 'wanted', 'aims', 'aim', 'aimed', 'intends', 'intend', 'intended', 'seeks', 'seek', 'sought',
  'prepared', 'preparing', 'poised', 'about', 'proposed', 'proposes', 'offered', 'offers', 'asked', 'urged', 'called',
]);

/**
 * Words that follow "to" without being a verb, so "to" before them is a preposition, not an
 * infinitive: determiners, pronouns and the nouns news puts after "to" most ("sentenced to prison").
 */
export const NOT_INFINITIVE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'all',
  'each', 'every', 'no', 'more', 'less', 'about', 'around', 'him', 'them', 'us', 'me', 'it', 'what', 'whom', 'which', 'one',
  'date', 'court', 'power', 'office', 'death', 'prison', 'jail', 'trial', 'market', 'work', 'school', 'home', 'war', 'life',
  'bed', 'sea', 'town', 'church', 'college', 'hospital', 'parliament', 'congress', 'shareholders', 'holders', 'record', 'normal',
  'zero', 'nearly', 'almost', 'just', 'only', 'over', 'under', 'mid', 'early', 'late', 'either', 'both', 'such', 'other',
  'many', 'much', 'most', 'several', 'year', 'day', 'month', 'week', 'quarter', 'noon', 'midnight', 'people', 'police',
]);

/** Verbs of delay: the date after them and "until" or "to" lies ahead ("postponed until Tuesday", "adjourned to Monday"). */
export const DELAY_WORDS: ReadonlySet<string> = new Set([
  'postponed', 'postpones', 'postpone', 'delayed', 'delays', 'delay', 'deferred', 'defers', 'defer', 'adjourned', 'adjourns',
  'adjourn', 'recessed', 'recesses', 'extended', 'extends', 'extend', 'rescheduled', 'reschedules', 'off',
]);
