/*
 * French Porter stemmer, ported to TypeScript from natural 8.1.1
 * (lib/natural/stemmers/porter_stemmer_fr.js, https://github.com/NaturalNode/natural).
 * It is not the Snowball algorithm it is based on (http://snowball.tartarus.org/algorithms/french/stemmer.html):
 * it differs on words such as « compétitivité » and « cicatrices », and our keyword matching and
 * stored analyses rely on its stems, so the port keeps its rules and their order as they are.
 *
 * Copyright (c) 2014, Ismaël Héry
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
 * THE SOFTWARE.
 */

const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'â', 'à', 'ë', 'é', 'ê', 'è', 'ï', 'î', 'ô', 'û', 'ù']);

// The prelude marks consonantal u, i and y in upper case (« quI », « paYer »), which makes
// them non-vowels for the regions and the suffix tests below.
function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.has(letter);
}

/** The UTF-16 unit at `index`, undefined outside the word (as `token[index]` in the original). */
function letterAt(token: string, index: number): string | undefined {
  return index >= 0 && index < token.length ? token[index] : undefined;
}

/** The longest of `suffixes` that `token` ends with, or ''. */
function longestSuffix(token: string, suffixes: readonly string[]): string {
  let longest = '';
  for (const suffix of suffixes) {
    if (suffix.length > longest.length && token.endsWith(suffix)) longest = suffix;
  }
  return longest;
}

function prelude(word: string): string {
  const token = word.toLowerCase();
  let result = token[0] === 'y' && isVowel(letterAt(token, 1)) ? 'Y' : (token[0] ?? '');
  for (let i = 1; i < token.length; i++) {
    const letter = token[i] ?? '';
    const previous = token[i - 1];
    const next = letterAt(token, i + 1);
    if ((letter === 'u' || letter === 'i') && isVowel(previous) && isVowel(next)) result += letter.toUpperCase();
    else if (letter === 'y' && (isVowel(previous) || isVowel(next))) result += 'Y';
    else if (letter === 'u' && previous === 'q') result += 'U';
    else result += letter;
  }
  return result;
}

/** Offsets where the regions R1, R2 and RV of the algorithm start. */
function regions(token: string): { r1: number; r2: number; rv: number } {
  const len = token.length;
  let r1 = len;
  let r2 = len;
  let rv = len;
  for (let i = 0; i < len - 1 && r1 === len; i++) {
    if (isVowel(token[i]) && !isVowel(token[i + 1])) r1 = i + 2;
  }
  for (let i = r1; i < len - 1 && r2 === len; i++) {
    if (isVowel(token[i]) && !isVowel(token[i + 1])) r2 = i + 2;
  }
  const three = token.slice(0, 3);
  if (isVowel(letterAt(token, 0)) && isVowel(letterAt(token, 1))) rv = 3;
  if (three === 'par' || three === 'col' || three === 'tap') {
    rv = 3;
  } else {
    for (let i = 1; i < len - 1 && rv === len; i++) {
      if (isVowel(token[i])) rv = i + 1;
    }
  }
  return { r1, r2, rv };
}

const STEP_2A_SUFFIXES = [
  'îmes', 'ît', 'îtes', 'i', 'ie', 'Ie', 'ies', 'ir', 'ira', 'irai', 'iraIent', 'irais', 'irait', 'iras', 'irent', 'irez',
  'iriez', 'irions', 'irons', 'iront', 'is', 'issaIent', 'issais', 'issait', 'issant', 'issante', 'issantes', 'issants',
  'isse', 'issent', 'isses', 'issez', 'issiez', 'issions', 'issons', 'it',
];
const STEP_2B_E_SUFFIXES = [
  'é', 'ée', 'ées', 'és', 'èrent', 'er', 'era', 'erai', 'eraIent', 'erais', 'erait', 'eras', 'erez', 'eriez', 'erions',
  'erons', 'eront', 'ez', 'iez', 'Iez',
];
const STEP_2B_A_SUFFIXES = [
  'âmes', 'ât', 'âtes', 'a', 'ai', 'aIent', 'ais', 'ait', 'ant', 'ante', 'antes', 'ants', 'as', 'asse', 'assent', 'asses',
  'assiez', 'assions',
];

/** The French Porter stem of `word`, exactly as natural's `PorterStemmerFr.stem` gives it. */
export function stemFr(word: string): string {
  // natural turns '' into the string 'undefined' and stems that; an empty word has no stem.
  if (word.length === 0) return '';
  let token = prelude(word.toLowerCase());
  if (token.length === 1) return token;

  const regs = regions(token);
  let r1txt = token.substring(regs.r1);
  let r2txt = token.substring(regs.r2);
  let rvtxt = token.substring(regs.rv);
  const recompute = (): void => {
    r1txt = token.substring(regs.r1);
    r2txt = token.substring(regs.r2);
    rvtxt = token.substring(regs.rv);
  };
  const cut = (suffix: string): string => token.slice(0, -suffix.length);

  // Step 1: standard suffixes. The groups are tried in this order, each with its own region.
  const beforeStep1 = token;
  let suf: string;
  let doStep2a = false;
  if ((suf = longestSuffix(r2txt, ['ance', 'iqUe', 'isme', 'able', 'iste', 'eux', 'ances', 'iqUes', 'ismes', 'ables', 'istes'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(token, ['icatrice', 'icateur', 'ication', 'icatrices', 'icateurs', 'ications'])) !== '') {
    token = longestSuffix(r2txt, ['icatrice', 'icateur', 'ication', 'icatrices', 'icateurs', 'ications']) !== '' ? cut(suf) : `${cut(suf)}iqU`;
  } else if ((suf = longestSuffix(r2txt, ['atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(r2txt, ['logie', 'logies'])) !== '') {
    token = `${cut(suf)}log`;
  } else if ((suf = longestSuffix(r2txt, ['usion', 'ution', 'usions', 'utions'])) !== '') {
    token = `${cut(suf)}u`;
  } else if ((suf = longestSuffix(r2txt, ['ence', 'ences'])) !== '') {
    token = `${cut(suf)}ent`;
  } else if ((suf = longestSuffix(r1txt, ['issement', 'issements'])) !== '') {
    if (!isVowel(letterAt(token, token.length - suf.length - 1))) {
      token = cut(suf);
      recompute();
    }
  } else if ((suf = longestSuffix(r2txt, ['ativement', 'ativements'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(r2txt, ['ivement', 'ivements'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(token, ['eusement', 'eusements'])) !== '') {
    if ((suf = longestSuffix(r2txt, ['eusement', 'eusements'])) !== '') {
      token = cut(suf);
    } else if ((suf = longestSuffix(r1txt, ['eusement', 'eusements'])) !== '') {
      token = `${cut(suf)}eux`;
    } else if ((suf = longestSuffix(rvtxt, ['ement', 'ements'])) !== '') {
      token = cut(suf);
    }
  } else if ((suf = longestSuffix(r2txt, ['ablement', 'ablements', 'iqUement', 'iqUements'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(rvtxt, ['ièrement', 'ièrements', 'Ièrement', 'Ièrements'])) !== '') {
    token = `${cut(suf)}i`;
  } else if ((suf = longestSuffix(rvtxt, ['ement', 'ements'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(token, ['icité', 'icités'])) !== '') {
    token = longestSuffix(r2txt, ['icité', 'icités']) !== '' ? cut(suf) : `${cut(suf)}iqU`;
  } else if ((suf = longestSuffix(token, ['abilité', 'abilités'])) !== '') {
    token = longestSuffix(r2txt, ['abilité', 'abilités']) !== '' ? cut(suf) : `${cut(suf)}abl`;
  } else if ((suf = longestSuffix(r2txt, ['ité', 'ités'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(token, ['icatif', 'icative', 'icatifs', 'icatives'])) !== '') {
    if ((suf = longestSuffix(r2txt, ['icatif', 'icative', 'icatifs', 'icatives'])) !== '') {
      token = cut(suf);
      recompute();
    }
    if ((suf = longestSuffix(r2txt, ['atif', 'ative', 'atifs', 'atives'])) !== '') {
      // Cuts the « ic » before the suffix too, as the original does.
      token = `${token.slice(0, -suf.length - 2)}iqU`;
      recompute();
    }
  } else if ((suf = longestSuffix(r2txt, ['atif', 'ative', 'atifs', 'atives'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(r2txt, ['if', 'ive', 'ifs', 'ives'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(token, ['eaux'])) !== '') {
    token = `${cut(suf)}eau`;
  } else if ((suf = longestSuffix(r1txt, ['aux'])) !== '') {
    token = `${cut(suf)}al`;
  } else if ((suf = longestSuffix(r2txt, ['euse', 'euses'])) !== '') {
    token = cut(suf);
  } else if ((suf = longestSuffix(r1txt, ['euse', 'euses'])) !== '') {
    token = `${cut(suf)}eux`;
  } else if ((suf = longestSuffix(rvtxt, ['amment'])) !== '') {
    token = `${cut(suf)}ant`;
    doStep2a = true;
  } else if ((suf = longestSuffix(rvtxt, ['emment'])) !== '') {
    token = `${cut(suf)}ent`;
    doStep2a = true;
  } else if ((suf = longestSuffix(rvtxt, ['ment', 'ments'])) !== '') {
    // The letter before must be a vowel inside RV.
    const letterBefore = letterAt(token, token.length - suf.length - 1);
    if (letterBefore !== undefined && isVowel(letterBefore) && rvtxt.endsWith(letterBefore + suf)) {
      token = cut(suf);
      doStep2a = true;
    }
  }
  recompute();

  // Step 2a: verb suffixes beginning with i, after a non-vowel inside RV.
  const beforeStep2a = token;
  let step2aDone = false;
  if (beforeStep1 === token || doStep2a) {
    step2aDone = true;
    if ((suf = longestSuffix(rvtxt, STEP_2A_SUFFIXES)) !== '') {
      const letterBefore = letterAt(token, token.length - suf.length - 1);
      if (letterBefore !== undefined && !isVowel(letterBefore) && rvtxt.endsWith(letterBefore + suf)) token = cut(suf);
    }
  }

  // Step 2b: other verb suffixes.
  if (step2aDone && token === beforeStep2a) {
    if ((suf = longestSuffix(rvtxt, STEP_2B_E_SUFFIXES)) !== '') {
      token = cut(suf);
      recompute();
    } else if ((suf = longestSuffix(rvtxt, ['ions'])) !== '' && longestSuffix(r2txt, ['ions']) !== '') {
      token = cut(suf);
      recompute();
    } else if ((suf = longestSuffix(rvtxt, STEP_2B_A_SUFFIXES)) !== '') {
      token = cut(suf);
      if (token[token.length - 1] === 'e' && rvtxt.endsWith(`e${suf}`)) token = token.slice(0, -1);
      recompute();
    }
  }

  if (token !== beforeStep1) {
    // Step 3
    if (token[token.length - 1] === 'Y') token = `${token.slice(0, -1)}i`;
    if (token[token.length - 1] === 'ç') token = `${token.slice(0, -1)}c`;
  } else {
    // Step 4: residual suffixes.
    const last = letterAt(token, token.length - 1);
    const beforeLast = letterAt(token, token.length - 2);
    if (last === 's' && (beforeLast === undefined || !['a', 'i', 'o', 'u', 'è', 's'].includes(beforeLast))) {
      token = token.slice(0, -1);
      recompute();
    }
    if ((suf = longestSuffix(r2txt, ['ion'])) !== '') {
      const letterBefore = letterAt(token, token.length - suf.length - 1);
      if (letterBefore === 's' || letterBefore === 't') {
        token = cut(suf);
        recompute();
      }
    }
    if ((suf = longestSuffix(rvtxt, ['ier', 'ière', 'Ier', 'Ière'])) !== '') {
      token = `${cut(suf)}i`;
      recompute();
    }
    if ((suf = longestSuffix(rvtxt, ['e'])) !== '') {
      token = cut(suf);
      recompute();
    }
    if ((suf = longestSuffix(rvtxt, ['ë'])) !== '') {
      if (token.slice(token.length - 3, -1) === 'gu') token = cut(suf);
    }
  }

  // Step 5: undouble.
  if (longestSuffix(token, ['enn', 'onn', 'ett', 'ell', 'eill']) !== '') token = token.slice(0, -1);

  // Step 6: un-accent the last é or è when only non-vowels follow it.
  for (let i = token.length - 1; i > 0; i--) {
    const letter = token[i];
    if (!isVowel(letter)) continue;
    if (i !== token.length - 1 && (letter === 'é' || letter === 'è')) token = `${token.substring(0, i)}e${token.substring(i + 1)}`;
    break;
  }

  return token.toLowerCase();
}
