import { describe, expect, it } from 'vitest';
import { pictureCreditLength } from '../../../../src-main/core/timeline/picture-credit';

/** What is left of a sentence once its picture credit is cut off. */
const withoutCredit = (text: string) => text.slice(pictureCreditLength(text));

describe('picture credits fused to a sentence', () => {
  it('cuts a photographer and agency joined by slashes, escaped or not', () => {
    expect(withoutCredit('Photograph: Tim Ireland/PA Swine flu is spreading more rapidly in Britain.')).toBe('Swine flu is spreading more rapidly in Britain.');
    expect(withoutCredit('Photograph : Dario Lopez-Mills\\/AP A killer virus has caused at least 20 deaths.')).toBe('A killer virus has caused at least 20 deaths.');
    expect(withoutCredit('Photograph : Mike Clarke\\/AFP\\/Getty Images Since the WHO raised its alert, cases rose.')).toBe('Since the WHO raised its alert, cases rose.');
    expect(withoutCredit('Photo: KPA/Zuma/Rex Live blog: the couple are being treated.')).toBe('Live blog: the couple are being treated.');
  });

  it('cuts an agency named alone', () => {
    expect(withoutCredit('Photograph : PA An outbreak at a Birmingham school led to 44 new cases yesterday.')).toBe('An outbreak at a Birmingham school led to 44 new cases yesterday.');
    expect(withoutCredit('Picture: Associated Press We knew this would be a lifeline.')).toBe('We knew this would be a lifeline.');
  });

  it('leaves a credit whose end cannot be told, and text without a credit, as they are', () => {
    expect(pictureCreditLength('Photograph : Paul McErlane The question : Is gay marriage a religious matter?')).toBe(0);
    expect(pictureCreditLength('Swine flu is spreading, the photograph shows.')).toBe(0);
    expect(pictureCreditLength('Image quality: the new camera is sharper.')).toBe(0);
    expect(pictureCreditLength('Photograph: the 9/11 memorial opened in 2011.')).toBe(0);
    expect(pictureCreditLength('Graphic: 2008/09 season ticket sales fell.')).toBe(0);
  });
});
