// SPDX-License-Identifier: GPL-3.0-or-later
// The words of radios and streams (a track that plays an internet address) in English, French and German;
// i18n.js adds them to the page's strings.

export const STREAM_STRINGS = {
  en: {
    'stream.add': 'Add a radio or stream',
    'stream.title': 'Add a radio or stream',
    'stream.intro': 'An internet radio or a podcast episode: the box plays it from its address while it is online.',
    'stream.url': 'Address (http:// or https://)',
    'stream.name': 'Name (optional)',
    'stream.save': 'Add',
    'stream.added': 'Added: “{title}”',
    'stream.invalid.url': 'Give an address that starts with http:// or https://, of at most 2048 characters.',
    'stream.invalid.title': 'The name can have at most 255 characters.',
    'stream.live': 'Live',
    'stream.label': 'Stream',
    'stream.failed': '“{title}” could not be reached; the box went on with the next track.',
  },
  fr: {
    'stream.add': 'Ajouter une radio ou un flux',
    'stream.title': 'Ajouter une radio ou un flux',
    'stream.intro':
      'Une radio sur Internet ou un épisode de podcast : la boîte le joue depuis son adresse tant qu’il est en ligne.',
    'stream.url': 'Adresse (http:// ou https://)',
    'stream.name': 'Nom (facultatif)',
    'stream.save': 'Ajouter',
    'stream.added': 'Ajouté : « {title} »',
    'stream.invalid.url': 'Donnez une adresse qui commence par http:// ou https://, de 2048 caractères au plus.',
    'stream.invalid.title': 'Le nom peut avoir au plus 255 caractères.',
    'stream.live': 'En direct',
    'stream.label': 'Flux',
    'stream.failed': '« {title} » est injoignable ; la boîte est passée à la piste suivante.',
  },
  de: {
    'stream.add': 'Radio oder Stream hinzufügen',
    'stream.title': 'Radio oder Stream hinzufügen',
    'stream.intro':
      'Ein Internetradio oder eine Podcast-Folge: Die Box spielt sie von ihrer Adresse, solange sie erreichbar ist.',
    'stream.url': 'Adresse (http:// oder https://)',
    'stream.name': 'Name (freiwillig)',
    'stream.save': 'Hinzufügen',
    'stream.added': 'Hinzugefügt: „{title}“',
    'stream.invalid.url': 'Geben Sie eine Adresse mit http:// oder https:// an, höchstens 2048 Zeichen lang.',
    'stream.invalid.title': 'Der Name darf höchstens 255 Zeichen haben.',
    'stream.live': 'Live',
    'stream.label': 'Stream',
    'stream.failed': '„{title}“ war nicht erreichbar; die Box hat den nächsten Titel gespielt.',
  },
};
