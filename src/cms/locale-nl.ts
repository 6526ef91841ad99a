/**
 * Decap's Dutch phrases (decap-cms-locales) with what they lack or say in a way that does not fit here: the
 * phrases missing from the Dutch set (Decap would show them in English: "Expand", "Set startDate to now"), a
 * save failure without "Error:", the new-entry button without the "＋" glyph many systems have no font for, and
 * a name for the rich-text/Markdown switch. A unit test checks that every English phrase has a Dutch one.
 */

export interface Phrases {
  [key: string]: string | Phrases;
}

/** The phrases this site adds or changes, by their path in Decap's phrase tree. */
export const dutchOverrides: Phrases = {
  auth: { loginWithForgejo: 'Inloggen met Forgejo' },
  collection: {
    collectionTop: {
      newButton: 'Nieuw %{collectionLabel}',
      viewAsList: 'Als lijst tonen',
      viewAsGrid: 'Als raster tonen',
    },
    entries: { unpublishedHeader: 'Niet-gepubliceerde items' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Invoerveld' } },
    editorControlPane: {
      widget: {
        invalidPath: '‘%{path}’ is geen geldig pad',
        pathExists: 'Pad ‘%{path}’ bestaat al',
        rangeMin: '%{fieldLabel}: voeg er ten minste %{minCount} toe.',
        rangeCount: '%{fieldLabel}: voeg er %{minCount} tot %{maxCount} toe.',
      },
      i18n: {
        copyFromLocale: 'Overnemen uit een andere taal',
        copyFromLocaleConfirm: 'Gegevens overnemen uit %{locale}?\nAlles wat er nu staat, wordt overschreven.',
      },
    },
    editorInterface: { toggleNotes: 'Notities tonen of verbergen' },
    editorNotesPane: {
      title: 'Notities',
      emptyState: 'Nog geen notities.',
      addNote: 'Notitie toevoegen',
      addPlaceholder: 'Schrijf een notitie…',
      editPlaceholder: 'Pas de notitie aan…',
      save: 'Opslaan',
      cancel: 'Annuleren',
      edit: 'Bewerken',
      delete: 'Verwijderen',
      resolve: 'Afhandelen',
      unresolve: 'Heropenen',
      confirmDelete: 'Deze notitie verwijderen?',
      shortcut: 'Tip: Ctrl+Enter voegt de notitie toe',
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'Dit is een concept. Zet de status op ‘Wordt beoordeeld’ om het ter beoordeling aan te bieden.',
      statusInfoTooltipInReview: 'Het item wordt beoordeeld. Je kunt het intussen nog aanpassen.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Doorhalen',
        toggleMode: { rich: 'Naar opgemaakte tekst', markdown: 'Naar Markdown' },
      },
      image: {
        chooseMultiple: 'Afbeeldingen kiezen',
        addMore: 'Meer afbeeldingen toevoegen',
        removeAll: 'Alle afbeeldingen verwijderen',
      },
      file: {
        chooseMultiple: 'Bestanden kiezen',
        addMore: 'Meer bestanden toevoegen',
        removeAll: 'Alle bestanden verwijderen',
      },
      datetime: { setToNow: '%{fieldLabel}: vandaag invullen' },
      list: { addType: '%{item} toevoegen' },
      object: { expand: 'Uitklappen', collapse: 'Inklappen' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Sluiten' } },
  ui: {
    settingsDropdown: { account: 'Accountmenu' },
    toast: {
      // The save check's message says what is wrong; Decap would put "Error:" before it.
      onFailToPersist: '%{details}',
      noteAdded: 'Notitie toegevoegd',
      onFailToAddNote: 'Notitie niet toegevoegd: %{details}',
      noteUpdated: 'Notitie bijgewerkt',
      onFailToUpdateNote: 'Notitie niet bijgewerkt: %{details}',
      noteDeleted: 'Notitie verwijderd',
      onFailToDeleteNote: 'Notitie niet verwijderd: %{details}',
      noteResolved: 'Notitie afgehandeld',
      noteReopened: 'Notitie heropend',
      onFailToToggleNote: 'Notitie niet gewijzigd: %{details}',
    },
  },
};

/** `base` with `extra` laid over it, branch by branch. */
export function mergePhrases(base: Phrases, extra: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}

/** The Dutch phrases /admin registers: decap-cms-locales' `nl` (passed in: it needs a browser) with ours over it. */
export function dutchPhrases(nl: unknown): Phrases {
  return mergePhrases(nl as Phrases, dutchOverrides);
}
