<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>The assessments were made with different versions of the instrument; only the %n indicator(s) found in all of them are compared.</source>
        <translation>
            <numerusform>Målingerne blev lavet med forskellige versioner af instrumentet; kun den %n indikator, der findes i dem alle, sammenlignes.</numerusform>
            <numerusform>Målingerne blev lavet med forskellige versioner af instrumentet; kun de %n indikatorer, der findes i dem alle, sammenlignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The database is open read-only. Exporting the log is recorded in the log, so it needs the database open for editing.</source>
        <translation>Databasen er åbnet skrivebeskyttet. Eksport af loggen registreres i loggen, så databasen skal være åbnet til redigering.</translation>
    </message>
    <message>
        <source>The export is recorded in the log, but %1 could not be written: %2</source>
        <translation>Eksporten er registreret i loggen, men %1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Logposter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Save the log as a CSV file for a log review (spreadsheet)</source>
        <translation>Gem loggen som en CSV-fil til en loggennemgang (regneark)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 findes allerede. Vælg et andet navn; en eksisterende fil bliver aldrig overskrevet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot write the backup in %1: %2. Nothing was written.</source>
        <translation>Sikkerhedskopien kan ikke skrives i %1: %2. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>The backup to %1 could not be written (%2): the disk may be full or failing. Nothing was written.</source>
        <translation>Sikkerhedskopien til %1 kunne ikke skrives (%2): disken er måske fuld eller defekt. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>The copy %1 could not be prepared (%2). Nothing was written.</source>
        <translation>Kopien %1 kunne ikke forberedes (%2). Intet blev skrevet.</translation>
    </message>
    <message>
        <source>The backup to %1 could not be written to the disk. Nothing was written.</source>
        <translation>Sikkerhedskopien til %1 kunne ikke skrives til disken. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written.</source>
        <translation>Sikkerhedskopien %1 kan ikke skrives: %2. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Mappen til sikkerhedskopier %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted; delete it by hand.</source>
        <translation>Den gamle sikkerhedskopi %1 kunne ikke slettes; slet den manuelt.</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (gendannet %2)</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Sikkerhedskopien kan ikke gendannes: %1</translation>
    </message>
</context>
<context>
    <name>BlankForm</name>
    <message>
        <source>The participant&apos;s part</source>
        <translation>Deltagerens vurdering</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Dine svar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>You can think about the questions before the meeting. Tick one box for each question: the number that fits you best, or one of the boxes below it. At the meeting you and your case worker go through your answers together.</source>
        <translation>Du kan tænke over spørgsmålene før mødet. Sæt kryds i én boks for hvert spørgsmål: det tal, der passer bedst på dig, eller en af boksene under det. På mødet gennemgår du og din sagsbehandler dine svar sammen.</translation>
    </message>
    <message>
        <source>Read the questions before the meeting.
Put a cross in one box for each question.
We talk about your answers at the meeting.</source>
        <translation>Læs spørgsmålene før mødet.
Sæt kryds i én boks for hvert spørgsmål.
Vi taler om dine svar på mødet.</translation>
    </message>
    <message>
        <source>Write a number from %1 to %2:</source>
        <translation>Skriv et tal fra %1 til %2:</translation>
    </message>
    <message>
        <source>Blank form %1</source>
        <translation>Tomt skema %1</translation>
    </message>
    <message>
        <source>Blank form %1 (easy-read)</source>
        <translation>Tomt skema %1 (letlæst)</translation>
    </message>
    <message>
        <source>The form could not be drawn.</source>
        <translation>Skemaet kunne ikke tegnes.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>Demodata kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <source>Created %1 with fictional deltagare.</source>
        <translation>Oprettede %1 med opdigtede deltagere.</translation>
    </message>
    <message>
        <source>%1: database version %2 (this program: %3), integrity ok.</source>
        <translation>%1: databaseversion %2 (dette program: %3), integritet ok.</translation>
    </message>
    <message>
        <source>It will be updated when opened for editing.</source>
        <translation>Den bliver opdateret, når den åbnes til redigering.</translation>
    </message>
    <message>
        <source>[protected]</source>
        <translation>[beskyttet]</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>create a database of fictional deltagare</source>
        <translation>opret en database med opdigtede deltagere</translation>
    </message>
    <message>
        <source>schema version and full integrity check</source>
        <translation>skemaversion og fuld integritetskontrol</translation>
    </message>
    <message>
        <source>one line per deltagare [--json]</source>
        <translation>én linje pr. deltager [--json]</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Brug:</translation>
    </message>
    <message>
        <source>opens the window (the default database if none given)</source>
        <translation>åbner vinduet (standarddatabasen, hvis ingen er angivet)</translation>
    </message>
    <message>
        <source>batch work, without a window or a display</source>
        <translation>batchkørsel, uden vindue eller skærm</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Global options, before or after the command: --database PATH, --lang %1.</source>
        <translation>Globale tilvalg, før eller efter kommandoen: --database STI, --lang %1.</translation>
    </message>
    <message>
        <source>&apos;tilltro COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;tilltro KOMMANDO --help&apos; viser en kommandos tilvalg.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 bad usage, 2 any other failure.</source>
        <translation>Afslutningskoder: 0 færdig, 1 forkert brug, 2 enhver anden fejl.</translation>
    </message>
    <message>
        <source>Tilltro %1: quarterly SKAPA assessments and action plans.</source>
        <translation>Tilltro %1: kvartalsvise SKAPA-målinger og handleplaner.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Ukendt tilvalg: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Ukendt kommando: %1</translation>
    </message>
    <message>
        <source>Tilltro %1</source>
        <translation>Tilltro %1</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Underkommandoen.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasefilen.</translation>
    </message>
    <message>
        <source>The language (%1).</source>
        <translation>Sproget (%1).</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Uventede argumenter: %1</translation>
    </message>
    <message>
        <source>%1 needs --database PATH.</source>
        <translation>%1 kræver --database STI.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 kræver --%2.</translation>
    </message>
    <message>
        <source>--participant needs the code of a deltagare.</source>
        <translation>--participant kræver en deltagers kode.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deltagare to %1.</source>
        <translation>
            <numerusform>Eksporterede %n deltager til %1.</numerusform>
            <numerusform>Eksporterede %n deltagere til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 and imported %n deltagare.</source>
        <translation>
            <numerusform>Oprettede %1 og importerede %n deltager.</numerusform>
            <numerusform>Oprettede %1 og importerede %n deltagere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n deltagare into %1.</source>
        <translation>
            <numerusform>Importerede %n deltager til %1.</numerusform>
            <numerusform>Importerede %n deltagere til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>export one or every deltagare</source>
        <translation>eksportér én eller alle deltagere</translation>
    </message>
    <message>
        <source>Export only the deltagare with this code.</source>
        <translation>Eksportér kun deltageren med denne kode.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>JSON-filen, der skal skrives.</translation>
    </message>
    <message>
        <source>Include answers to sensitive questions and notes.</source>
        <translation>Medtag svar på følsomme spørgsmål og noter.</translation>
    </message>
    <message>
        <source>import a JSON file, all or nothing</source>
        <translation>importér en JSON-fil, alt eller intet</translation>
    </message>
    <message>
        <source>The JSON file to read.</source>
        <translation>JSON-filen, der skal læses.</translation>
    </message>
    <message>
        <source>extract needs --participant CODE.</source>
        <translation>extract kræver --participant KODE.</translation>
    </message>
    <message>
        <source>extract needs --output FOLDER.</source>
        <translation>extract kræver --output MAPPE.</translation>
    </message>
    <message>
        <source>Wrote the register extract of %1:</source>
        <translation>Skrev registerudtrækket for %1:</translation>
    </message>
    <message>
        <source>a register extract (JSON and PDF) into a folder</source>
        <translation>et registerudtræk (JSON og PDF) til en mappe</translation>
    </message>
    <message>
        <source>The code of the deltagare.</source>
        <translation>Deltagerens kode.</translation>
    </message>
    <message>
        <source>The folder to write the two files to (an existing file is never replaced).</source>
        <translation>Mappen, de to filer skrives til (en eksisterende fil bliver aldrig erstattet).</translation>
    </message>
    <message>
        <source>export-form needs --output FILE, the PDF to write.</source>
        <translation>export-form kræver --output FIL, den PDF, der skal skrives.</translation>
    </message>
    <message>
        <source>--lang %1: the form is made in %2 only.</source>
        <translation>--lang %1: skemaet laves kun på %2.</translation>
    </message>
    <message>
        <source>Wrote the blank form to %1.</source>
        <translation>Skrev det tomme skema til %1.</translation>
    </message>
    <message>
        <source>the blank deltagare form to print before the meeting</source>
        <translation>det tomme deltagerskema til udskrift før mødet</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>PDF-filen, der skal skrives (erstattes, hvis den findes).</translation>
    </message>
    <message>
        <source>Easy-read: shorter questions and anchors, larger type, more space.</source>
        <translation>Letlæst: kortere spørgsmål og svarmuligheder, større skrift, mere luft.</translation>
    </message>
    <message>
        <source>No deltagare has the code %1.</source>
        <translation>Ingen deltager har koden %1.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Udskriv JSON.</translation>
    </message>
    <message>
        <source>Confirm: erasing cannot be undone.</source>
        <translation>Bekræft: sletning kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Answers to sensitive questions and notes were left out; use --include-sensitive to include them.</source>
        <translation>Svar på følsomme spørgsmål og noter blev udeladt; brug --include-sensitive for at medtage dem.</translation>
    </message>
    <message>
        <source>export-pdf needs --participant CODE.</source>
        <translation>export-pdf kræver --participant KODE.</translation>
    </message>
    <message>
        <source>export-pdf needs --output FILE.</source>
        <translation>export-pdf kræver --output FIL.</translation>
    </message>
    <message>
        <source>Wrote the action plan of %1 to %2.</source>
        <translation>Skrev handleplanen for %1 til %2.</translation>
    </message>
    <message>
        <source>a deltagare&apos;s action plan as PDF</source>
        <translation>en deltagers handleplan som PDF</translation>
    </message>
    <message>
        <source>Include sensitive information (Våld, Riskbruk, the notes).</source>
        <translation>Medtag følsomme oplysninger (Vold, Risikabelt forbrug, noterne).</translation>
    </message>
    <message>
        <source>Easy-read: larger type and plain wording.</source>
        <translation>Letlæst: større skrift og enkelt sprog.</translation>
    </message>
    <message numerus="yes">
        <source>%n older automatic backup(s) holding the erased data were deleted and replaced by a new one.</source>
        <translation>
            <numerusform>%n ældre automatisk sikkerhedskopi med de slettede data blev slettet og erstattet af en ny.</numerusform>
            <numerusform>%n ældre automatiske sikkerhedskopier med de slettede data blev slettet og erstattet af en ny.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies made outside Tilltro (exports, backups saved elsewhere) must be deleted by hand.</source>
        <translation>Kopier lavet uden for Tilltro (eksporter, sikkerhedskopier gemt andre steder) skal slettes manuelt.</translation>
    </message>
    <message>
        <source>backup needs --output FILE.</source>
        <translation>backup kræver --output FIL.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 findes allerede. Vælg et andet navn; en eksisterende fil bliver aldrig overskrevet.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sikkerhedskopi skrevet til %1.</translation>
    </message>
    <message>
        <source>erase needs --participant CODE.</source>
        <translation>erase kræver --participant KODE.</translation>
    </message>
    <message>
        <source>Erasing %1 permanently deletes the deltagare and everything stored about them (occasions, answers, notes, plans, insatser, consent). It cannot be undone. Nothing was changed; add --yes to erase.</source>
        <translation>Sletning af %1 fjerner permanent deltageren og alt, hvad der er gemt om vedkommende (målinger, svar, noter, planer, indsatser, samtykke). Det kan ikke fortrydes. Intet blev ændret; tilføj --yes for at slette.</translation>
    </message>
    <message>
        <source>No deltagare has the code %1; nothing was erased.</source>
        <translation>Ingen deltager har koden %1; intet blev slettet.</translation>
    </message>
    <message>
        <source>Erased %1 and everything stored about them.</source>
        <translation>Slettede %1 og alt, hvad der var gemt om vedkommende.</translation>
    </message>
    <message>
        <source>--years needs a whole number of years (1 or more).</source>
        <translation>--years kræver et helt antal år (1 eller flere).</translation>
    </message>
    <message>
        <source>--yes only goes with --erase.</source>
        <translation>--yes hører kun sammen med --erase.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s), so the limit is %1.</source>
        <translation>
            <numerusform>Sletningsfrist: %n år, så grænsen er %1.</numerusform>
            <numerusform>Sletningsfrist: %n år, så grænsen er %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deltagare ended before the limit.</source>
        <translation>
            <numerusform>%n deltager sluttede før grænsen.</numerusform>
            <numerusform>%n deltagere sluttede før grænsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erasing permanently deletes these %n deltagare and everything stored about them (%1). It cannot be undone. Nothing was changed; add --yes to erase them.</source>
        <translation>
            <numerusform>Sletning fjerner permanent denne %n deltager og alt, hvad der er gemt om vedkommende (%1). Det kan ikke fortrydes. Intet blev ændret; tilføj --yes for at slette.</numerusform>
            <numerusform>Sletning fjerner permanent disse %n deltagere og alt, hvad der er gemt om dem (%1). Det kan ikke fortrydes. Intet blev ændret; tilføj --yes for at slette dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n deltagare and everything stored about them: %1.</source>
        <translation>
            <numerusform>Slettede %n deltager og alt, hvad der var gemt om vedkommende: %1.</numerusform>
            <numerusform>Slettede %n deltagere og alt, hvad der var gemt om dem: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output kræver et filnavn.</translation>
    </message>
    <message>
        <source>--json prints to the screen; --output writes CSV. Choose one.</source>
        <translation>--json udskriver på skærmen; --output skriver CSV. Vælg én af dem.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n log entries to %1.</source>
        <translation>
            <numerusform>Skrev %n logpost til %1.</numerusform>
            <numerusform>Skrev %n logposter til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be printed.</source>
        <translation>Loggen kunne ikke udskrives.</translation>
    </message>
    <message>
        <source>a consistent copy of the database</source>
        <translation>en konsistent kopi af databasen</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>Sikkerhedskopifilen, der skal skrives (må ikke findes).</translation>
    </message>
    <message>
        <source>erase a deltagare for good</source>
        <translation>slet en deltager endeligt</translation>
    </message>
    <message>
        <source>The code of the deltagare to erase.</source>
        <translation>Koden på den deltager, der skal slettes.</translation>
    </message>
    <message>
        <source>list (or erase) ended participations past retention</source>
        <translation>vis (eller slet) afsluttede forløb efter sletningsfristen</translation>
    </message>
    <message>
        <source>Participations that ended more than this many years ago (default: the retention period set in the database, else 5).</source>
        <translation>Forløb, der sluttede for mere end så mange år siden (standard: sletningsfristen, der er sat i databasen, ellers 5).</translation>
    </message>
    <message>
        <source>Erase them all, in one go.</source>
        <translation>Slet dem alle på én gang.</translation>
    </message>
    <message>
        <source>the log, as text, CSV or JSON</source>
        <translation>loggen, som tekst, CSV eller JSON</translation>
    </message>
    <message>
        <source>Only the entries about this deltagare.</source>
        <translation>Kun posterne om denne deltager.</translation>
    </message>
    <message>
        <source>Write CSV to this file (default: print CSV).</source>
        <translation>Skriv CSV til denne fil (standard: udskriv CSV).</translation>
    </message>
    <message>
        <source>%1: choose one of --json, --csv and --output.</source>
        <translation>%1: vælg én af --json, --csv og --output.</translation>
    </message>
    <message>
        <source>%1: --output needs a file name.</source>
        <translation>%1: --output kræver et filnavn.</translation>
    </message>
    <message>
        <source>The figures as CSV, one per line, on standard output.</source>
        <translation>Tallene som CSV, ét pr. linje, på standardoutput.</translation>
    </message>
    <message>
        <source>The statistics as a PDF (replaced if it exists).</source>
        <translation>Statistikken som PDF (erstattes, hvis den findes).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Summaries merged</source>
        <translation>Sammenlagte opgørelser</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Completed assessments</source>
        <translation>Afsluttede målinger</translation>
    </message>
    <message>
        <source>With two assessments or more</source>
        <translation>Med to målinger eller flere</translation>
    </message>
    <message>
        <source>Overdue at the end of the period</source>
        <translation>Forsinket ved periodens slutning</translation>
    </message>
    <message>
        <source>Parallel insatser</source>
        <translation>Parallelle indsatser</translation>
    </message>
    <message>
        <source>Job-oriented insats in parallel (BIP: 18 %)</source>
        <translation>Jobrettet indsats parallelt (BIP: 18 %)</translation>
    </message>
    <message>
        <source>Changed handledare</source>
        <translation>Skiftede sagsbehandler</translation>
    </message>
    <message>
        <source>Change per indicator (the deltagare&apos;s rating, latest minus first):</source>
        <translation>Ændring pr. indikator (deltagerens vurdering, seneste minus første):</translation>
    </message>
    <message>
        <source>n %1, median %2, quartiles %3 to %4, up %5, same %6, down %7</source>
        <translation>n %1, median %2, kvartiler %3 til %4, op %5, samme %6, ned %7</translation>
    </message>
    <message>
        <source>Wrote the statistics to %1.</source>
        <translation>Skrev statistikken til %1.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a day of the calendar: write one as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>--%1 %2 er ikke en dag i kalenderen: skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-01-31.</translation>
    </message>
    <message>
        <source>--to %1 is after today (%2): statistics cover what has happened.</source>
        <translation>--to %1 er efter i dag (%2): statistikken dækker det, der er sket.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 er efter --to %2.</translation>
    </message>
    <message>
        <source>Insats: %1</source>
        <translation>Indsats: %1</translation>
    </message>
    <message>
        <source>No handledare in %1 is called %2.</source>
        <translation>Ingen sagsbehandler i %1 hedder %2.</translation>
    </message>
    <message>
        <source>Handledare: %1</source>
        <translation>Sagsbehandler: %1</translation>
    </message>
    <message>
        <source>stats-merge needs --input FILE, once for each summary.</source>
        <translation>stats-merge kræver --input FIL, én gang for hver opgørelse.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was merged.</source>
        <translation>%1: %2 Intet blev lagt sammen.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 Intet blev lagt sammen.</translation>
    </message>
    <message>
        <source>anonymous statistics for the unit</source>
        <translation>anonym statistik for enheden</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD); without it, from the beginning.</source>
        <translation>Periodens første dag (ÅÅÅÅ-MM-DD); uden den fra begyndelsen.</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD); today without it.</source>
        <translation>Periodens sidste dag (ÅÅÅÅ-MM-DD); uden den i dag.</translation>
    </message>
    <message>
        <source>Only the deltagare this handledare was responsible for in the period.</source>
        <translation>Kun de deltagere, som denne sagsbehandler var ansvarlig for i perioden.</translation>
    </message>
    <message>
        <source>Only the deltagare who had an insats of this category in the period.</source>
        <translation>Kun de deltagere, der havde en indsats i denne kategori i perioden.</translation>
    </message>
    <message>
        <source>combine statistics summaries (stats --json)</source>
        <translation>læg statistikopgørelser sammen (stats --json)</translation>
    </message>
    <message>
        <source>A summary written by stats --json; give it once for each.</source>
        <translation>En opgørelse skrevet af stats --json; angiv den én gang for hver.</translation>
    </message>
    <message>
        <source>Usage: tilltro instrument list [--json] | import --input FILE | use --id ID --database PATH</source>
        <translation>Brug: tilltro instrument list [--json] | import --input FIL | use --id NR --database STI</translation>
    </message>
    <message>
        <source>instrument %1 does not take --%2.
%3</source>
        <translation>instrument %1 tager ikke --%2.
%3</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>indbygget</translation>
    </message>
    <message>
        <source>used for new occasions</source>
        <translation>bruges til nye målinger</translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n måling</numerusform>
            <numerusform>%n målinger</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already holds %1 version %2 (number %3), word for word; nothing was changed.</source>
        <translation>Databasen har allerede %1 version %2 (nummer %3), ord for ord; intet blev ændret.</translation>
    </message>
    <message>
        <source>Imported %1 version %2 as number %3. New occasions use it after &apos;tilltro instrument use --id %3&apos;.</source>
        <translation>Importerede %1 version %2 som nummer %3. Nye målinger bruger den efter &apos;tilltro instrument use --id %3&apos;.</translation>
    </message>
    <message>
        <source>--id %1: not a number from &apos;tilltro instrument list&apos;.</source>
        <translation>--id %1: ikke et nummer fra &apos;tilltro instrument list&apos;.</translation>
    </message>
    <message>
        <source>New occasions use %1 version %2; earlier occasions keep their version.</source>
        <translation>Nye målinger bruger %1 version %2; tidligere målinger beholder deres version.</translation>
    </message>
    <message>
        <source>instrument needs an action.</source>
        <translation>instrument kræver en handling.</translation>
    </message>
    <message>
        <source>Unknown instrument action: %1</source>
        <translation>Ukendt handling for instrument: %1</translation>
    </message>
    <message>
        <source>instrument import needs --input FILE.</source>
        <translation>instrument import kræver --input FIL.</translation>
    </message>
    <message>
        <source>instrument use needs --id ID (see &apos;tilltro instrument list&apos;).</source>
        <translation>instrument use kræver --id NR (se &apos;tilltro instrument list&apos;).</translation>
    </message>
    <message>
        <source>list | import --input FILE | use --id ID: the instrument versions</source>
        <translation>list | import --input FIL | use --id NR: instrumentets versioner</translation>
    </message>
    <message>
        <source>list (the versions in the database), import (a new version from a JSON file) or use (the version new occasions use).</source>
        <translation>list (versionerne i databasen), import (en ny version fra en JSON-fil) eller use (den version, nye målinger bruger).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: skriv JSON.</translation>
    </message>
    <message>
        <source>import: the instrument file (JSON) to read.</source>
        <translation>import: instrumentfilen (JSON), der skal læses.</translation>
    </message>
    <message>
        <source>use: the number from &apos;instrument list&apos; of the version new occasions use (0: the built-in default).</source>
        <translation>use: nummeret fra &apos;instrument list&apos; på den version, nye målinger skal bruge (0: den indbyggede).</translation>
    </message>
    <message>
        <source>--category %1 is not an insats category of %2: use one of %3.</source>
        <translation>--category %1 er ikke en indsatstype i %2: brug en af %3.</translation>
    </message>
    <message>
        <source>%1: PostgreSQL %2, %3.</source>
        <translation>%1: PostgreSQL %2, %3.</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>krypteret (%1)</translation>
    </message>
    <message>
        <source>not encrypted (a local socket)</source>
        <translation>ikke krypteret (en lokal socket)</translation>
    </message>
    <message>
        <source>no Tilltro role</source>
        <translation>ingen rolle i Tilltro</translation>
    </message>
    <message>
        <source>Logged in as %1: %2.</source>
        <translation>Logget ind som %1: %2.</translation>
    </message>
    <message>
        <source>Logged in as %1: %2 (%3).</source>
        <translation>Logget ind som %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Database version %1 (this program: %2).</source>
        <translation>Databaseversion %1 (dette program: %2).</translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>Save: your version replaces the stored one.</source>
        <translation>Gem: din version erstatter den gemte.</translation>
    </message>
    <message>
        <source>Cancel: decide later; nothing is saved until then.</source>
        <translation>Annuller: beslut senere; intet gemmes indtil da.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Gemt af en anden</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tilltro database. The file has not been changed.</source>
        <translation>%1 er ikke en Tilltro-database. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tilltro (database version %2; this version understands up to %3). Update Tilltro to open it. The file has not been changed.</source>
        <translation>%1 er lavet af en nyere version af Tilltro (databaseversion %2; denne version forstår op til %3). Opdatér Tilltro for at åbne den. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>A change to %1 was interrupted (for example by a power cut) and is still pending in %1-journal. It will be undone, and the database brought back to its state before that change, when the database is next opened for editing. Until then it cannot be read. The files have not been changed.</source>
        <translation>En ændring af %1 blev afbrudt (f.eks. af en strømafbrydelse) og venter stadig i %1-journal. Den bliver rullet tilbage, og databasen bragt tilbage til sin tilstand før ændringen, næste gang databasen åbnes til redigering. Indtil da kan den ikke læses. Filerne er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). The file has not been changed.</source>
        <translation>%1 er beskadiget eller ikke en database (%2). Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. The file has not been changed.</source>
        <translation>%1 er beskadiget: %2. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 is already open for editing in Tilltro under another name. Close it there first.</source>
        <translation>%1 er allerede åbnet til redigering i Tilltro under et andet navn. Luk den der først.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Databasen er optaget i et andet program. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The database is read-only; the change was not saved.</source>
        <translation>Databasen er skrivebeskyttet; ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>Disken er fuld; ændringen blev ikke gemt. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The database file could not be written (%1); the change was not saved.</source>
        <translation>Databasefilen kunne ikke skrives (%1); ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Databasefilen er beskadiget (%1).</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored (%1).</source>
        <translation>Ændringen er i konflikt med data, der allerede er gemt (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefejl: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 findes allerede. Vælg et andet navn; en eksisterende fil bliver aldrig overskrevet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kan ikke oprettes: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is read-only. Open it read-only to look at it.</source>
        <translation>%1 er skrivebeskyttet. Åbn den skrivebeskyttet for at se den.</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links) in the file system. Tilltro does not change a database that has more than one name, because changes made through the names could be lost. Remove the other names, or make a backup and open that. The file has not been changed.</source>
        <translation>%1 har %2 navne (hårde links) i filsystemet. Tilltro ændrer ikke en database, der har mere end ét navn, fordi ændringer foretaget gennem navnene kan gå tabt. Fjern de andre navne, eller lav en sikkerhedskopi, og åbn den. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>The SQLite library cannot be set up safely to open %1.</source>
        <translation>SQLite-biblioteket kan ikke sættes sikkert op til at åbne %1.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>view</source>
        <translation>visning</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>The structure of %1 could not be read, so it was not used. The file has not been changed.</source>
        <translation>Strukturen i %1 kunne ikke læses, så filen blev ikke brugt. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>an extra %1 &quot;%2&quot;</source>
        <translation>et ekstra %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a changed %1 &quot;%2&quot;</source>
        <translation>et ændret %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no %1 &quot;%2&quot;</source>
        <translation>intet %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a database Tilltro wrote: its structure differs from the one Tilltro makes (%2). It was not used, so nothing stored in it has run. The file has not been changed.</source>
        <translation>%1 er ikke en database, som Tilltro har skrevet: dens struktur afviger fra den, Tilltro laver (%2). Den blev ikke brugt, så intet, der er gemt i den, er blevet kørt. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>%1 is from an older version of Tilltro and must be updated before it can be read; open it for editing once.</source>
        <translation>%1 er fra en ældre version af Tilltro og skal opdateres, før den kan læses; åbn den til redigering én gang.</translation>
    </message>
    <message>
        <source>Updating the database from version %1 failed; it was left as it was. %2</source>
        <translation>Opdateringen af databasen fra version %1 mislykkedes; den blev efterladt, som den var. %2</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>Databasen er åbnet skrivebeskyttet; intet blev gemt.</translation>
    </message>
    <message>
        <source>The database is open in Tilltro, or is being opened right now (who has it open could not be read). Close it there first, or try again in a moment.</source>
        <translation>Databasen er åben i Tilltro eller er ved at blive åbnet lige nu (hvem der har den åben, kunne ikke læses). Luk den der først, eller prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The database is already open in Tilltro by %1 on %2 (process %3, since %4). Close it there first.</source>
        <translation>Databasen er allerede åben i Tilltro hos %1 på %2 (proces %3, siden %4). Luk den der først.</translation>
    </message>
    <message>
        <source>The lock file %1 is not an ordinary file of yours (it is a link, a device or another user&apos;s file). It was left untouched; remove it and try again.</source>
        <translation>Låsefilen %1 er ikke en almindelig fil, der tilhører dig (den er et link, en enhed eller en anden brugers fil). Den blev ikke rørt; fjern den, og prøv igen.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Låsefilen %1 kan ikke oprettes: %2</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Låsen %1 kan ikke tages.</translation>
    </message>
    <message>
        <source>The connection to the team database was lost (%1); the change was not saved. Tilltro connects again when you try once more.</source>
        <translation>Forbindelsen til teamdatabasen blev afbrudt (%1); ændringen blev ikke gemt. Tilltro forbinder igen, når du prøver en gang til.</translation>
    </message>
    <message>
        <source>The team database does not allow this for your login; nothing was changed (%1).</source>
        <translation>Teamdatabasen tillader ikke dette for dit login; intet blev ændret (%1).</translation>
    </message>
    <message>
        <source>The team database&apos;s disk is full; the change was not saved. Tell its IT department.</source>
        <translation>Teamdatabasens disk er fuld; ændringen blev ikke gemt. Sig det til IT-afdelingen.</translation>
    </message>
    <message>
        <source>The database did not say the new row&apos;s id.</source>
        <translation>Databasen oplyste ikke den nye rækkes id.</translation>
    </message>
    <message>
        <source>has no Tilltro role</source>
        <translation>har ingen rolle i Tilltro</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>er %1</translation>
    </message>
    <message>
        <source>%1: the login %2 %3 in the team database. Tilltro works in a team database as a handledare; the samordnare&apos;s statistics and the administratör&apos;s tasks are functions on the server (docs/team-mode.md).</source>
        <translation>%1: login %2 %3 i teamdatabasen. Tilltro arbejder i en teamdatabase som handledare; samordnerens statistik og administratorens opgaver er funktioner på serveren (docs/team-mode.md).</translation>
    </message>
    <message>
        <source>%1: the login %2 is not connected to an active handledare in the team database. Ask its administratör to connect it (handledare.db_user).</source>
        <translation>%1: login %2 er ikke knyttet til en aktiv handledare i teamdatabasen. Bed dens administrator om at knytte det (handledare.db_user).</translation>
    </message>
    <message>
        <source>%1: the team database has schema version %2; this Tilltro works with version %3. Its IT department migrates it (docs/team-mode.md); nothing was changed.</source>
        <translation>%1: teamdatabasen har skemaversion %2; denne Tilltro arbejder med version %3. IT-afdelingen opdaterer den (docs/team-mode.md); intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>must be a JSON object ({...})</source>
        <translation>skal være et JSON-objekt ({...})</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-easyread&quot;; this is not an easy-read file</source>
        <translation>skal være &quot;tilltro-easyread&quot;; dette er ikke en letlæst-fil</translation>
    </message>
    <message>
        <source>is %1, but the texts are read for the instrument %2</source>
        <translation>er %1, men teksterne læses for instrumentet %2</translation>
    </message>
    <message>
        <source>must be %1, the version of the instrument the texts are for</source>
        <translation>skal være %1, den version af instrumentet, som teksterne er til</translation>
    </message>
    <message>
        <source>%1 is not a deltagare question of the instrument</source>
        <translation>%1 er ikke et deltagerspørgsmål i instrumentet</translation>
    </message>
    <message>
        <source>a choice question has no anchors: leave it out</source>
        <translation>et valgspørgsmål har ingen svarmuligheder på skalaen: udelad det</translation>
    </message>
    <message>
        <source>is longer than %1 characters: easy-read texts are short</source>
        <translation>er længere end %1 tegn: letlæste tekster er korte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is not an ordinary file, so it was not read</source>
        <translation>er ikke en almindelig fil, så den blev ikke læst</translation>
    </message>
    <message>
        <source>is larger than %1 KiB: it is not an easy-read file</source>
        <translation>er større end %1 KiB: det er ikke en letlæst-fil</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>kan ikke læses: %1</translation>
    </message>
    <message>
        <source>only a deltagare question has easy-read wording</source>
        <translation>kun et spørgsmål til deltageren har letlæst tekst</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The deltagare no longer exists; nothing was erased.</source>
        <translation>Deltageren findes ikke længere; intet blev slettet.</translation>
    </message>
    <message>
        <source>there is not enough free disk space (it needs about as much as the database file&apos;s size)</source>
        <translation>der er ikke nok ledig diskplads (der skal bruges omtrent lige så meget som databasefilens størrelse)</translation>
    </message>
    <message>
        <source>Erased data could not yet be cleared from the unused parts of the database file: %1. This is completed when the database is next opened for editing with enough free space.</source>
        <translation>Slettede data kunne endnu ikke ryddes fra de ubrugte dele af databasefilen: %1. Det bliver fuldført, næste gang databasen åbnes til redigering med nok ledig plads.</translation>
    </message>
    <message>
        <source>Another program is reading the database, so traces of erased data stay in its work file (-wal) until it is closed. Close other programs using the database, or close Tilltro, to complete the erasure.</source>
        <translation>Et andet program læser databasen, så spor af slettede data bliver i dens arbejdsfil (-wal), indtil det lukkes. Luk andre programmer, der bruger databasen, eller luk Tilltro for at fuldføre sletningen.</translation>
    </message>
    <message>
        <source>Foreign keys are off on this connection; nothing was erased.</source>
        <translation>Fremmednøgler er slået fra på denne forbindelse; intet blev slettet.</translation>
    </message>
    <message>
        <source>The deltagare has been erased. %1</source>
        <translation>Deltageren er slettet. %1</translation>
    </message>
    <message>
        <source>The retention period could not be read: %1</source>
        <translation>Sletningsfristen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The retention period stored in the database (%1) is not a whole number of years (1 or more). Set it again in Settings; nothing can be erased until then.</source>
        <translation>Sletningsfristen, der er gemt i databasen (%1), er ikke et helt antal år (1 eller flere). Sæt den igen under Indstillinger; intet kan slettes indtil da.</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Sletningsfristen kan ikke være negativ.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The file must hold a JSON object ({...}); this is not a Tilltro exchange file.</source>
        <translation>Filen skal indeholde et JSON-objekt ({...}); dette er ikke en Tilltro-udvekslingsfil.</translation>
    </message>
    <message>
        <source>must be &quot;database&quot; or &quot;participant&quot;</source>
        <translation>skal være &quot;database&quot; eller &quot;participant&quot;</translation>
    </message>
    <message>
        <source>%1 is also the code of %2</source>
        <translation>%1 er også koden for %2</translation>
    </message>
    <message>
        <source>this is an instrument definition, not an exchange file; instruments are loaded elsewhere</source>
        <translation>dette er en instrumentdefinition, ikke en udvekslingsfil; instrumenter indlæses et andet sted</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this is not a Tilltro exchange file</source>
        <translation>skal være &quot;%1&quot;; dette er ikke en Tilltro-udvekslingsfil</translation>
    </message>
    <message>
        <source>the file was made by a newer version of Tilltro (exchange format version %1; this version reads version %2). Update Tilltro to import it.</source>
        <translation>filen er lavet af en nyere version af Tilltro (udvekslingsformat version %1; denne version læser version %2). Opdatér Tilltro for at importere den.</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>skal være %1</translation>
    </message>
    <message>
        <source>%1 differs from the id in json (%2)</source>
        <translation>%1 afviger fra id&apos;et i json (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the version in json (%2)</source>
        <translation>%1 afviger fra versionen i json (%2)</translation>
    </message>
    <message>
        <source>%1 version %2 is listed twice (also %3)</source>
        <translation>%1 version %2 står der to gange (også %3)</translation>
    </message>
    <message>
        <source>the same name and organisation as %1</source>
        <translation>samme navn og organisation som %1</translation>
    </message>
    <message>
        <source>must be null or an object {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</source>
        <translation>skal være null eller et objekt {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</translation>
    </message>
    <message>
        <source>must be an object {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</source>
        <translation>skal være et objekt {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the document&apos;s list of handledare</source>
        <translation>%1 (%2) er ikke på dokumentets liste over sagsbehandlere</translation>
    </message>
    <message>
        <source>not a valid personnummer: %1</source>
        <translation>ikke et gyldigt personnummer (svensk): %1</translation>
    </message>
    <message>
        <source>must say why the participation ended, since endDate is set</source>
        <translation>skal angive, hvorfor forløbet sluttede, da endDate er sat</translation>
    </message>
    <message>
        <source>must be null while endDate is null</source>
        <translation>skal være null, så længe endDate er null</translation>
    </message>
    <message>
        <source>is before startDate</source>
        <translation>er før startDate</translation>
    </message>
    <message>
        <source>is before from</source>
        <translation>er før from</translation>
    </message>
    <message>
        <source>only one period can be open (to null); %1 is open too</source>
        <translation>kun én periode kan være åben (to null); %1 er også åben</translation>
    </message>
    <message>
        <source>the open period (to null) must be of the deltagare&apos;s current handledare</source>
        <translation>den åbne periode (to null) skal høre til deltagerens nuværende sagsbehandler</translation>
    </message>
    <message>
        <source>is before given</source>
        <translation>er før given</translation>
    </message>
    <message>
        <source>is before start</source>
        <translation>er før start</translation>
    </message>
    <message>
        <source>%1 is after today (%2)</source>
        <translation>%1 er efter i dag (%2)</translation>
    </message>
    <message>
        <source>must be &quot;draft&quot; or &quot;completed&quot;</source>
        <translation>skal være &quot;draft&quot; eller &quot;completed&quot;</translation>
    </message>
    <message>
        <source>the participant did not take part (&quot;deltagareAbsent&quot;: true), yet this is an answer of theirs</source>
        <translation>deltageren deltog ikke (&quot;deltagareAbsent&quot;: true), men dette er et af vedkommendes svar</translation>
    </message>
    <message>
        <source>notes are sensitive, but the document says &quot;sensitiveIncluded&quot;: false</source>
        <translation>noter er følsomme, men dokumentet siger &quot;sensitiveIncluded&quot;: false</translation>
    </message>
    <message>
        <source>instrument %1 version %2 is not in the document&apos;s instruments</source>
        <translation>instrument %1 version %2 er ikke blandt dokumentets instrumenter</translation>
    </message>
    <message>
        <source>%1 is not a question of instrument %2 version %3</source>
        <translation>%1 er ikke et spørgsmål i instrument %2 version %3</translation>
    </message>
    <message>
        <source>the answer to a sensitive question, but the document says &quot;sensitiveIncluded&quot;: false</source>
        <translation>svaret på et følsomt spørgsmål, men dokumentet siger &quot;sensitiveIncluded&quot;: false</translation>
    </message>
    <message>
        <source>must be either {&quot;value&quot;: a number} or {&quot;code&quot;: an option or non-answer}</source>
        <translation>skal være enten {&quot;value&quot;: et tal} eller {&quot;code&quot;: en svarmulighed eller et ikke-svar}</translation>
    </message>
    <message>
        <source>this question is answered with a code (an option or a non-answer), not a value</source>
        <translation>dette spørgsmål besvares med en kode (en svarmulighed eller et ikke-svar), ikke en værdi</translation>
    </message>
    <message>
        <source>%1 is not a non-answer this question allows</source>
        <translation>%1 er ikke et ikke-svar, som dette spørgsmål tillader</translation>
    </message>
    <message>
        <source>%1 is not an option or a non-answer of this question</source>
        <translation>%1 er ikke en svarmulighed eller et ikke-svar for dette spørgsmål</translation>
    </message>
    <message>
        <source>is not an answer this question accepts</source>
        <translation>er ikke et svar, som dette spørgsmål accepterer</translation>
    </message>
    <message>
        <source>an edit of sensitive content, but the document says &quot;sensitiveIncluded&quot;: false</source>
        <translation>en ændring af følsomt indhold, men dokumentet siger &quot;sensitiveIncluded&quot;: false</translation>
    </message>
    <message>
        <source>no occasion of this deltagare is on that day</source>
        <translation>ingen af deltagerens målinger er på den dag</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 står der to gange</translation>
    </message>
    <message>
        <source>must be &quot;deltagare&quot;, &quot;handledare&quot; or &quot;annan&quot;</source>
        <translation>skal være &quot;deltagare&quot;, &quot;handledare&quot; eller &quot;annan&quot;</translation>
    </message>
    <message>
        <source>must be one of &quot;ej_paborjat&quot;, &quot;pagar&quot;, &quot;uppnatt&quot;, &quot;delvis_uppnatt&quot;, &quot;ej_uppnatt&quot;</source>
        <translation>skal være en af &quot;ej_paborjat&quot;, &quot;pagar&quot;, &quot;uppnatt&quot;, &quot;delvis_uppnatt&quot;, &quot;ej_uppnatt&quot;</translation>
    </message>
    <message>
        <source>must be &quot;arbete&quot; or &quot;studier&quot;</source>
        <translation>skal være &quot;arbete&quot; eller &quot;studier&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>not a field of the exchange format (misspelt?)</source>
        <translation>ikke et felt i udvekslingsformatet (stavefejl?)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>skal være en tekststreng</translation>
    </message>
    <message>
        <source>must not contain the NUL character (\u0000)</source>
        <translation>må ikke indeholde NUL-tegnet (\u0000)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>%1 may contain only a-z, 0-9, _ and -</source>
        <translation>%1 må kun indeholde a-z, 0-9, _ og -</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>skal være et helt tal fra %1 til %2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>skal være en dato skrevet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD</source>
        <translation>%1 er ikke en dato skrevet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>must be null or a date written YYYY-MM-DD</source>
        <translation>skal være null eller en dato skrevet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>must be a time written YYYY-MM-DDThh:mm:ss.sssZ</source>
        <translation>skal være et tidspunkt skrevet YYYY-MM-DDThh:mm:ss.sssZ</translation>
    </message>
    <message>
        <source>%1 is not a time written YYYY-MM-DDThh:mm:ss.sssZ</source>
        <translation>%1 er ikke et tidspunkt skrevet YYYY-MM-DDThh:mm:ss.sssZ</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen blev annulleret; intet blev importeret.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; ingen fil blev skrevet.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The stored instrument %1 version %2 is damaged.</source>
        <translation>Det gemte instrument %1 version %2 er beskadiget.</translation>
    </message>
    <message>
        <source>No deltagare has the code %1.</source>
        <translation>Ingen deltager har koden %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Eksporten mislykkedes: %1</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Tilltro imports files of at most %3 MiB.</source>
        <translation>%1 er %2 MiB; Tilltro importerer filer på højst %3 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> og %1 mere</translation>
    </message>
    <message>
        <source>The database already has deltagare with the code(s) %1. Nothing was imported: an import never overwrites.</source>
        <translation>Databasen har allerede deltagere med koden/koderne %1. Intet blev importeret: en import overskriver aldrig.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Importen mislykkedes: %1</translation>
    </message>
    <message>
        <source>must be the key of an end reason (a-z, 0-9, _ and -, such as &quot;arbete&quot;)</source>
        <translation>skal være nøglen til en afslutningsårsag (a–z, 0–9, _ og -, for eksempel &quot;arbete&quot;)</translation>
    </message>
    <message>
        <source>must be the key of an insats category (a-z, 0-9, _ and -, such as &quot;jobbinriktad&quot;)</source>
        <translation>skal være nøglen til en indsatstype (a–z, 0–9, _ og -, for eksempel &quot;jobbinriktad&quot;)</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>%1 is not an ordinary file (it is a pipe, a device or a socket). Nothing was written; choose a file.</source>
        <translation>%1 er ikke en almindelig fil (den er en pipe, en enhed eller en socket). Intet blev skrevet; vælg en fil.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a pipe, a device or a socket); Tilltro reads only ordinary files.</source>
        <translation>%1 er ikke en almindelig fil (den er en pipe, en enhed eller en socket); Tilltro læser kun almindelige filer.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was written.</source>
        <translation>%1 er en mappe, ikke en fil. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>%1 kan ikke skrives: %2. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>%1 already exists and is never overwritten. Nothing was written; move it, or choose another name or folder.</source>
        <translation>%1 findes allerede og bliver aldrig overskrevet. Intet blev skrevet; flyt den, eller vælg et andet navn eller en anden mappe.</translation>
    </message>
    <message>
        <source>%1 could not be removed and must be deleted by hand.</source>
        <translation>%1 kunne ikke fjernes og skal slettes manuelt.</translation>
    </message>
    <message>
        <source>No file was named. Nothing was written.</source>
        <translation>Der blev ikke angivet nogen fil. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>%1 is the database itself or one of its files; choose another name. Nothing was written.</source>
        <translation>%1 er selve databasen eller en af dens filer; vælg et andet navn. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was written.</source>
        <translation>Mappen %1 findes ikke. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Tilltro does not write through links. Nothing was written; choose the file itself.</source>
        <translation>%1 er et symbolsk link; Tilltro skriver ikke gennem links. Intet blev skrevet; vælg selve filen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written to %1. Free some space or choose another place.</source>
        <translation>Disken er fuld; intet blev skrevet til %1. Frigør noget plads, eller vælg et andet sted.</translation>
    </message>
    <message>
        <source>A file cannot be written for the user in the middle of another change to the database. Nothing was written.</source>
        <translation>En fil kan ikke skrives for brugeren midt i en anden ændring af databasen. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Another program is creating the database %1 right now (perhaps another import into the same file). Nothing was changed; try again in a moment.</source>
        <translation>Et andet program opretter databasen %1 lige nu (måske en anden import til samme fil). Intet blev ændret; prøv igen om et øjeblik.</translation>
    </message>
</context>
<context>
    <name>GallringDialog</name>
    <message>
        <source>Retention</source>
        <translation>Sletning efter frist</translation>
    </message>
    <message>
        <source>Participants whose data may be erased</source>
        <translation>Deltagere, hvis data må slettes</translation>
    </message>
    <message>
        <source>Space ticks or unticks the participant in the chosen row</source>
        <translation>Mellemrum markerer deltageren i den valgte række eller fjerner markeringen</translation>
    </message>
    <message>
        <source>No participants to erase: no participation ended that long ago.</source>
        <translation>Ingen deltagere at slette: intet forløb sluttede for så længe siden.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Markér &amp;alle</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Markér &amp;ingen</translation>
    </message>
    <message>
        <source>&amp;Erase ticked…</source>
        <translation>&amp;Slet markerede…</translation>
    </message>
    <message>
        <source>Erase everything stored about the ticked participants (cannot be undone)</source>
        <translation>Slet alt, hvad der er gemt om de markerede deltagere (kan ikke fortrydes)</translation>
    </message>
</context>
<context>
    <name>Handledare</name>
    <message>
        <source>A handledare needs a name.</source>
        <translation>En sagsbehandler skal have et navn.</translation>
    </message>
    <message>
        <source>In a team database you work as the handledare your login is connected to; its administratör changes that.</source>
        <translation>I en teamdatabase arbejder du som den handledare, dit login er knyttet til; dens administrator ændrer det.</translation>
    </message>
</context>
<context>
    <name>HandledareDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <source>Tilltro records which case worker holds each assessment. Choose yourself from the list, or add yourself. You can change this later under File › Who am I.</source>
        <translation>Tilltro registrerer, hvilken sagsbehandler der står for hver måling. Vælg dig selv på listen, eller tilføj dig selv. Du kan ændre det senere under Filer › Hvem er jeg.</translation>
    </message>
    <message>
        <source>I am &amp;already registered:</source>
        <translation>Jeg er &amp;allerede registreret:</translation>
    </message>
    <message>
        <source>Registered case workers</source>
        <translation>Registrerede sagsbehandlere</translation>
    </message>
    <message>
        <source>&amp;Add me as a new case worker:</source>
        <translation>&amp;Tilføj mig som ny sagsbehandler:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>Handlingsplan</name>
    <message>
        <source>this handlingsplan</source>
        <translation>denne handlingsplan</translation>
    </message>
    <message>
        <source>The handlingsplan no longer exists.</source>
        <translation>Handlingsplanen findes ikke længere.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
</context>
<context>
    <name>Insats</name>
    <message>
        <source>An insats needs a start date.</source>
        <translation>En indsats skal have en startdato.</translation>
    </message>
    <message>
        <source>The insats ends before it starts.</source>
        <translation>Indsatsen slutter, før den starter.</translation>
    </message>
    <message>
        <source>Choose the category of the insats.</source>
        <translation>Vælg, hvilken type indsats det er.</translation>
    </message>
    <message>
        <source>The insats no longer exists, or is no longer yours to change; nothing was saved.</source>
        <translation>Indsatsen findes ikke længere eller er ikke længere din at ændre; intet blev gemt.</translation>
    </message>
    <message>
        <source>The insats is no longer yours to change; nothing was removed.</source>
        <translation>Indsatsen er ikke længere din at ændre; intet blev fjernet.</translation>
    </message>
</context>
<context>
    <name>InsatsDialog</name>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Udbyder:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Startet:</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>&amp;Afsluttet:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>must be %1</source>
        <translation>skal være %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>skal være en tekststreng</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>the instrument must be a JSON object ({...})</source>
        <translation>instrumentet skal være et JSON-objekt ({...})</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>skal være 1 eller mere</translation>
    </message>
    <message>
        <source>must have at least %1 indicators: the radar chart needs three axes</source>
        <translation>skal have mindst %1 indikatorer: radardiagrammet kræver tre akser</translation>
    </message>
    <message>
        <source>no question rates this indicator, so its radar axis would be empty</source>
        <translation>intet spørgsmål vurderer denne indikator, så dens akse i radardiagrammet ville være tom</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-instrument&quot;; this is not a Tilltro instrument</source>
        <translation>skal være &quot;tilltro-instrument&quot;; dette er ikke et Tilltro-instrument</translation>
    </message>
    <message>
        <source>the instrument was made for a newer version of Tilltro (format version %1; this version reads %2). Update Tilltro to use it.</source>
        <translation>instrumentet er lavet til en nyere version af Tilltro (formatversion %1; denne version læser %2). Opdatér Tilltro for at bruge det.</translation>
    </message>
    <message>
        <source>must be &quot;deltagare&quot; or &quot;handledare&quot;</source>
        <translation>skal være &quot;deltagare&quot; eller &quot;handledare&quot;</translation>
    </message>
    <message>
        <source>%1 is not one of the instrument&apos;s indicators</source>
        <translation>%1 er ikke en af instrumentets indikatorer</translation>
    </message>
    <message>
        <source>%1 already has a question for the %2 (%3)</source>
        <translation>%1 har allerede et spørgsmål til %2 (%3)</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot;: the question rates an indicator</source>
        <translation>skal være &quot;numeric&quot;: spørgsmålet vurderer en indikator</translation>
    </message>
    <message>
        <source>must be %1 like the other questions that rate an indicator (%2): the radar chart has one scale</source>
        <translation>skal være %1 ligesom de andre spørgsmål, der vurderer en indikator (%2): radardiagrammet har én skala</translation>
    </message>
    <message>
        <source>%1 is not one of the instrument&apos;s nonAnswers</source>
        <translation>%1 er ikke et af instrumentets nonAnswers</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 står der to gange</translation>
    </message>
    <message>
        <source>must have at least one question</source>
        <translation>skal have mindst ét spørgsmål</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>skal være større end min</translation>
    </message>
    <message>
        <source>must be at most %1 more than min</source>
        <translation>må højst være %1 mere end min</translation>
    </message>
    <message>
        <source>%1 is also the key of a non-answer, so the two answers could not be told apart</source>
        <translation>%1 er også nøglen til et ikke-svar, så de to svar ikke kan skelnes fra hinanden</translation>
    </message>
    <message>
        <source>must have at least two options</source>
        <translation>skal have mindst to svarmuligheder</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot; or &quot;choice&quot;</source>
        <translation>skal være &quot;numeric&quot; eller &quot;choice&quot;</translation>
    </message>
    <message>
        <source>%1 is already the key of %2</source>
        <translation>%1 er allerede nøglen til %2</translation>
    </message>
    <message>
        <source>%1 may contain only a-z, 0-9, _ and -</source>
        <translation>%1 må kun indeholde a-z, 0-9, _ og -</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>skal være et helt tal</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>skal være et helt tal fra %1 til %2</translation>
    </message>
    <message>
        <source>The instrument is not valid: %1</source>
        <translation>Instrumentet er ikke gyldigt: %1</translation>
    </message>
    <message>
        <source>The instrument could not be read: %1</source>
        <translation>Instrumentet kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The default instrument is missing from this build of Tilltro: %1</source>
        <translation>Standardinstrumentet mangler i denne udgave af Tilltro: %1</translation>
    </message>
    <message>
        <source>The database already holds a different instrument %1 version %2. Give the new wording a new version number.</source>
        <translation>Databasen indeholder allerede et andet instrument %1 version %2. Giv den nye formulering et nyt versionsnummer.</translation>
    </message>
    <message>
        <source>The instrument version %1 is missing from the database.</source>
        <translation>Instrumentversion %1 mangler i databasen.</translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {&quot;sv&quot;: &quot;...&quot;}</source>
        <translation>skal være et objekt med tekster efter sprog, f.eks. {&quot;sv&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>must have a text in at least one language</source>
        <translation>skal have en tekst på mindst ét sprog</translation>
    </message>
    <message>
        <source>%1 is not a language code such as &quot;sv&quot; or &quot;en&quot;</source>
        <translation>%1 er ikke en sprogkode som &quot;sv&quot; eller &quot;en&quot;</translation>
    </message>
    <message>
        <source>Version %1 of the SKAPA instrument is not built into this version of Tilltro.</source>
        <translation>Version %1 af SKAPA-instrumentet er ikke indbygget i denne version af Tilltro.</translation>
    </message>
    <message>
        <source>exactly one category must have &quot;jobOriented&quot;: true (it has %1): BIP&apos;s signals count insatser of that category as job-oriented</source>
        <translation>præcis én type skal have &quot;jobOriented&quot;: true (her %1): BIP-signalerne regner indsatser af den type som jobrettede</translation>
    </message>
    <message>
        <source>must have at least one end reason</source>
        <translation>skal have mindst én afslutningsårsag</translation>
    </message>
    <message>
        <source>must be &quot;arbete&quot; or &quot;studier&quot;, or left out</source>
        <translation>skal være &quot;arbete&quot; eller &quot;studier&quot; eller udelades</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-insats-lists&quot;</source>
        <translation>skal være &quot;tilltro-insats-lists&quot;</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>The document is larger than %1 MiB, the most Tilltro reads.</source>
        <translation>Dokumentet er større end %1 MiB, som er det meste, Tilltro læser.</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>indlejret mere end %1 niveauer dybt</translation>
    </message>
    <message>
        <source>the member %1 appears twice</source>
        <translation>medlemmet %1 forekommer to gange</translation>
    </message>
    <message>
        <source>an object with more than %1 members</source>
        <translation>et objekt med mere end %1 medlemmer</translation>
    </message>
    <message>
        <source>the document has more than %1 values</source>
        <translation>dokumentet har mere end %1 værdier</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linje %1, kolonne %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>a member name longer than %1 MiB</source>
        <translation>et medlemsnavn længere end %1 MiB</translation>
    </message>
    <message>
        <source>a text longer than %1 MiB, the most Tilltro reads in one field</source>
        <translation>en tekst længere end %1 MiB, som er det meste, Tilltro læser i ét felt</translation>
    </message>
    <message>
        <source>a number longer than %1 characters</source>
        <translation>et tal længere end %1 tegn</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Filen er ikke gyldig JSON.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation>skal være et objekt ({...})</translation>
    </message>
    <message>
        <source>must be an array ([...])</source>
        <translation>skal være et array ([...])</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>skal være true eller false</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tilltro</source>
        <translation>Tilltro</translation>
    </message>
    <message>
        <source>Read-only: this database is open only for reading. Nothing you change can be saved.</source>
        <translation>Skrivebeskyttet: denne database er kun åbnet til læsning. Intet, du ændrer, kan gemmes.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Deltagerliste</translation>
    </message>
    <message>
        <source>No database is open. Use File › New database… or File › Open… to begin.</source>
        <translation>Ingen database er åben. Brug Filer › Ny database… eller Filer › Åbn… for at begynde.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltager</translation>
    </message>
    <message>
        <source>Open assess&amp;ment</source>
        <translation>Åbn mål&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Hvem er jeg…</translation>
    </message>
    <message>
        <source>Choose which case worker you are; new deltagare and assessments default to you</source>
        <translation>Vælg, hvilken sagsbehandler du er; nye deltagere og målinger får dig som standard</translation>
    </message>
    <message>
        <source>&amp;Export (JSON)…</source>
        <translation>&amp;Eksportér (JSON)…</translation>
    </message>
    <message>
        <source>Export the chosen participant, or everyone, to a JSON file for another Tilltro database</source>
        <translation>Eksportér den valgte deltager, eller alle, til en JSON-fil til en anden Tilltro-database</translation>
    </message>
    <message>
        <source>&amp;Import (JSON)…</source>
        <translation>&amp;Importér (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Si&amp;kkerhedskopi…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the database while it is open</source>
        <translation>Gem en konsistent kopi af databasen, mens den er åben</translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation>&amp;Gendan sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Open a backup as a new working copy; the backup itself is never changed</source>
        <translation>Åbn en sikkerhedskopi som en ny arbejdskopi; selve sikkerhedskopien bliver aldrig ændret</translation>
    </message>
    <message>
        <source>Era&amp;se participant…</source>
        <translation>&amp;Slet deltager…</translation>
    </message>
    <message>
        <source>Erase everything stored about the chosen participant (cannot be undone)</source>
        <translation>Slet alt, hvad der er gemt om den valgte deltager (kan ikke fortrydes)</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>Sletning efter &amp;frist…</translation>
    </message>
    <message>
        <source>List the participants whose participation ended longer ago than the retention period, and erase them</source>
        <translation>Vis de deltagere, hvis forløb sluttede for længere tid siden end sletningsfristen, og slet dem</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>L&amp;og…</translation>
    </message>
    <message>
        <source>Show who created, changed, exported or printed what about the chosen participant, and when</source>
        <translation>Vis, hvem der oprettede, ændrede, eksporterede eller udskrev hvad om den valgte deltager, og hvornår</translation>
    </message>
    <message>
        <source>St&amp;atistics for the unit…</source>
        <translation>S&amp;tatistik for enheden…</translation>
    </message>
    <message>
        <source>Anonymous statistics over a period: change per indicator, parallel insatser, continuity and outcomes; as PDF, summary or CSV</source>
        <translation>Anonym statistik over en periode: ændring pr. indikator, parallelle indsatser, kontinuitet og resultater; som PDF, opgørelse eller CSV</translation>
    </message>
    <message>
        <source>&amp;Merge statistics…</source>
        <translation>Læg statistik sa&amp;mmen…</translation>
    </message>
    <message>
        <source>Combine the anonymous summaries of several handledare into the unit&apos;s statistics</source>
        <translation>Læg flere sagsbehandleres anonyme opgørelser sammen til enhedens statistik</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>The log of the whole database, for a log review; can be exported as CSV</source>
        <translation>Loggen for hele databasen, til en loggennemgang; kan eksporteres som CSV</translation>
    </message>
    <message>
        <source>Action &amp;plan (PDF)…</source>
        <translation>Handle&amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>Export the chosen participant&apos;s action plan, chart and change as a PDF</source>
        <translation>Eksportér den valgte deltagers handleplan, diagram og ændring som PDF</translation>
    </message>
    <message>
        <source>Pr&amp;int action plan…</source>
        <translation>&amp;Udskriv handleplan…</translation>
    </message>
    <message>
        <source>Register e&amp;xtract…</source>
        <translation>Registerudtræ&amp;k…</translation>
    </message>
    <message>
        <source>Everything stored about the chosen participant, as a PDF to read and a JSON file, in a folder you choose (GDPR art. 15). Needs the database open for editing: the extract is recorded in the log.</source>
        <translation>Alt, hvad der er gemt om den valgte deltager, som en PDF til læsning og en JSON-fil, i en mappe, du vælger (GDPR art. 15). Kræver, at databasen er åbnet til redigering: udtrækket registreres i loggen.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;dstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>Show &amp;ended participations</source>
        <translation>Vis &amp;afsluttede forløb</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Ny deltager…</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+Shift+D)</source>
        <translation>Registrér en ny deltager (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Rediger deltager…</translation>
    </message>
    <message>
        <source>Edit the chosen participant (Ctrl+E)</source>
        <translation>Rediger den valgte deltager (Ctrl+E)</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Ny &amp;måling…</translation>
    </message>
    <message>
        <source>Start the quarterly assessment for the chosen participant (Ctrl+N)</source>
        <translation>Start kvartalets måling for den valgte deltager (Ctrl+N)</translation>
    </message>
    <message>
        <source>Meetin&amp;g mode</source>
        <translation>Mø&amp;detilstand</translation>
    </message>
    <message>
        <source>The meeting with the chosen participant at one shared screen: full screen, large type, only what belongs to the participant (F11)</source>
        <translation>Mødet med den valgte deltager ved én fælles skærm: fuld skærm, stor skrift, kun det, der hører til deltageren (F11)</translation>
    </message>
    <message>
        <source>G&amp;uided meeting…</source>
        <translation>&amp;Guidet møde…</translation>
    </message>
    <message>
        <source>The meeting step by step in a window for the case worker, with the case worker&apos;s part (Ctrl+Shift+M)</source>
        <translation>Mødet trin for trin i et vindue til sagsbehandleren, med sagsbehandlerens vurdering (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Blank form for the participant…</source>
        <translation>&amp;Tomt skema til deltageren…</translation>
    </message>
    <message>
        <source>The participant&apos;s questions on paper, to think about before the meeting (plain or easy-read)</source>
        <translation>Deltagerens spørgsmål på papir, til at tænke over før mødet (almindeligt eller letlæst)</translation>
    </message>
    <message>
        <source>En&amp;d participation…</source>
        <translation>&amp;Afslut forløb…</translation>
    </message>
    <message>
        <source>End the chosen participant&apos;s participation</source>
        <translation>Afslut den valgte deltagers forløb</translation>
    </message>
    <message>
        <source>&amp;Reopen participation</source>
        <translation>G&amp;enåbn forløb</translation>
    </message>
    <message>
        <source>Reopen an ended participation</source>
        <translation>Genåbn et afsluttet forløb</translation>
    </message>
    <message>
        <source>&amp;Open participant</source>
        <translation>Å&amp;bn deltager</translation>
    </message>
    <message>
        <source>Open the chosen participant&apos;s chart and action plan in a tab (Enter)</source>
        <translation>Åbn den valgte deltagers diagram og handleplan i en fane (Enter)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Luk fane</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Vejledning</translation>
    </message>
    <message>
        <source>How to use Tilltro, step by step (F1)</source>
        <translation>Sådan bruger du Tilltro, trin for trin (F1)</translation>
    </message>
    <message>
        <source>&amp;About Tilltro</source>
        <translation>&amp;Om Tilltro</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Caseload and participants</source>
        <translation>Deltagerliste og deltagere</translation>
    </message>
    <message>
        <source>Instr&amp;ument…</source>
        <translation>Instr&amp;ument…</translation>
    </message>
    <message>
        <source>The versions of the instrument: import a new one and choose the one new assessments use</source>
        <translation>Instrumentets versioner: importér en ny, og vælg den, nye målinger bruger</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>&amp;Opret forbindelse til teamdatabase…</translation>
    </message>
    <message>
        <source>Work in your unit&apos;s shared database on a PostgreSQL server instead of your own file</source>
        <translation>Arbejd i enhedens fælles database på en PostgreSQL-server i stedet for i din egen fil</translation>
    </message>
    <message>
        <source>Mo&amp;ve to team database…</source>
        <translation>&amp;Flyt til teamdatabase…</translation>
    </message>
    <message>
        <source>Move every participant of this file, with their history, into your unit&apos;s team database; the file is then kept read-only or has them erased</source>
        <translation>Flyt alle deltagere i denne fil, med hele deres historik, til enhedens teamdatabase; filen beholdes derefter skrivebeskyttet, eller de slettes fra den</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Read the caseload and the open participants again: in a team database, what colleagues saved since (F5)</source>
        <translation>Læs deltagerlisten og de åbne deltagere igen: i en teamdatabase det, kolleger har gemt siden (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>Occasion</name>
    <message>
        <source>%1 (participant)</source>
        <translation>%1 (deltager)</translation>
    </message>
    <message>
        <source>%1 (case worker)</source>
        <translation>%1 (sagsbehandler)</translation>
    </message>
    <message>
        <source>Answer these before completing: %1.</source>
        <translation>Besvar disse, før målingen afsluttes: %1.</translation>
    </message>
    <message>
        <source>The participant did not take part, yet the participant&apos;s part has answers: %1.</source>
        <translation>Deltageren deltog ikke, men deltagerens vurdering har svar: %1.</translation>
    </message>
    <message>
        <source>These answers are not valid: %1.</source>
        <translation>Disse svar er ikke gyldige: %1.</translation>
    </message>
    <message>
        <source>The occasion needs a date.</source>
        <translation>Målingen skal have en dato.</translation>
    </message>
    <message>
        <source>The assessment is dated %1, after today (%2). An assessment is recorded on the day it is held.</source>
        <translation>Målingen er dateret %1, efter i dag (%2). En måling registreres den dag, den holdes.</translation>
    </message>
    <message>
        <source>The occasion no longer exists.</source>
        <translation>Målingen findes ikke længere.</translation>
    </message>
    <message>
        <source>this mättillfälle</source>
        <translation>dette måletidspunkt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The deltagare did not take part</source>
        <translation>Deltageren deltog ikke</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>• Answers differ: %1</source>
        <translation>• Svarene er forskellige: %1</translation>
    </message>
    <message>
        <source>• The notes differ.</source>
        <translation>• Noterne er forskellige.</translation>
    </message>
</context>
<context>
    <name>OccasionForm</name>
    <message>
        <source>Assessment</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <source>The participant&apos;s part</source>
        <translation>Deltagerens vurdering</translation>
    </message>
    <message>
        <source>&amp;Go on to the case worker&apos;s part</source>
        <translation>&amp;Gå videre til sagsbehandlerens vurdering</translation>
    </message>
    <message>
        <source>The case worker&apos;s part</source>
        <translation>Sagsbehandlerens vurdering</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Tilføj indsats…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Afsl&amp;ut…</translation>
    </message>
    <message>
        <source>N&amp;otes (sensitive; left out of prints unless asked for):</source>
        <translation>N&amp;oter (følsomme; udelades i udskrifter, medmindre du beder om dem):</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>Gem og &amp;luk</translation>
    </message>
    <message>
        <source>&amp;Complete assessment</source>
        <translation>&amp;Færdiggør målingen</translation>
    </message>
    <message>
        <source>Parts of the assessment</source>
        <translation>Målingens dele</translation>
    </message>
    <message>
        <source>Type a digit to answer and move on (0 = 10). V = Don&apos;t know, S = Prefer not to say, E = Not appropriate to ask, D = The participant prefers not to say. Tab moves, Ctrl+Return completes.</source>
        <translation>Tast et ciffer for at svare og gå videre (0 = 10). V = Ved ikke, S = Vil ikke svare, E = Ikke relevant at spørge, D = Deltageren vil ikke svare. Tab flytter, Ctrl+Retur afslutter.</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>The start date %1 is after the first assessment (%2).</source>
        <translation>Startdatoen %1 er efter den første måling (%2).</translation>
    </message>
    <message>
        <source>The end date %1 is before the latest assessment (%2).</source>
        <translation>Slutdatoen %1 er før den seneste måling (%2).</translation>
    </message>
    <message>
        <source>A deltagare needs a code.</source>
        <translation>En deltager skal have en kode.</translation>
    </message>
    <message>
        <source>The code is longer than 40 characters.</source>
        <translation>Koden er længere end 40 tegn.</translation>
    </message>
    <message>
        <source>The personnummer is not valid: %1</source>
        <translation>Personnummeret (svensk) er ikke gyldigt: %1</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatoen er før startdatoen.</translation>
    </message>
    <message>
        <source>Choose why the participation ended.</source>
        <translation>Vælg, hvorfor forløbet sluttede.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another deltagare.</source>
        <translation>Koden %1 bruges allerede af en anden deltager.</translation>
    </message>
    <message>
        <source>Another deltagare is already registered with this personnummer.</source>
        <translation>En anden deltager er allerede registreret med dette personnummer.</translation>
    </message>
    <message>
        <source>The deltagare no longer exists.</source>
        <translation>Deltageren findes ikke længere.</translation>
    </message>
    <message>
        <source>A consent needs what it covers and a date.</source>
        <translation>Et samtykke skal have, hvad det gælder, og en dato.</translation>
    </message>
    <message>
        <source>A handledare period needs a handledare and a start date.</source>
        <translation>En sagsbehandlerperiode skal have en sagsbehandler og en startdato.</translation>
    </message>
    <message>
        <source>A handledare period ends before it starts.</source>
        <translation>En sagsbehandlerperiode slutter, før den starter.</translation>
    </message>
    <message>
        <source>Only one handledare period can be open (without an end date).</source>
        <translation>Kun én sagsbehandlerperiode kan være åben (uden slutdato).</translation>
    </message>
    <message>
        <source>%1 is not the key of an end reason.</source>
        <translation>%1 er ikke nøglen til en afslutningsårsag.</translation>
    </message>
    <message>
        <source>In a team database a deltagare always has a handledare.</source>
        <translation>I en teamdatabase har en deltager altid en handledare.</translation>
    </message>
    <message>
        <source>this deltagare</source>
        <translation>denne deltager</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Beskyttet identitet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Afslutningsårsag</translation>
    </message>
    <message>
        <source>• The responsible handledare has changed.</source>
        <translation>• Den ansvarlige handledare er skiftet.</translation>
    </message>
    <message>
        <source>• The name differs.</source>
        <translation>• Navnet er forskelligt.</translation>
    </message>
    <message>
        <source>• The personnummer differs.</source>
        <translation>• Personnummeret er forskelligt.</translation>
    </message>
    <message>
        <source>The consent no longer exists, or is no longer yours to change; nothing was saved.</source>
        <translation>Samtykket findes ikke længere eller er ikke længere dit at ændre; intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer (svensk):</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>ÅÅÅÅMMDD-NNNN (valgfrit)</translation>
    </message>
    <message>
        <source>Protected &amp;identity</source>
        <translation>Beskyttet &amp;identitet</translation>
    </message>
    <message>
        <source>Name and personnummer are shown only here. Lists, prints and exports show the code instead.</source>
        <translation>Navn og personnummer vises kun her. Lister, udskrifter og eksporter viser koden i stedet.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Startet:</translation>
    </message>
    <message>
        <source>Case wor&amp;ker:</source>
        <translation>Sagsbe&amp;handler:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>Afsl&amp;uttet:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>Choose why it ended</source>
        <translation>Vælg, hvorfor det sluttede</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>Samt&amp;ykke</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>&amp;Add consent…</source>
        <translation>&amp;Tilføj samtykke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Tilbagekal&amp;d samtykke</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nyt samtykke</translation>
    </message>
    <message>
        <source>Co&amp;vers:</source>
        <translation>&amp;Gælder:</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Udveksling af oplysninger</translation>
    </message>
    <message>
        <source>Wit&amp;h:</source>
        <translation>M&amp;ed:</translation>
    </message>
    <message>
        <source>e.g. Arbetsförmedlingen</source>
        <translation>f.eks. Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Da&amp;te given:</source>
        <translation>Dat&amp;o givet:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Registreret &amp;af:</translation>
    </message>
    <message>
        <source>Add to &amp;list</source>
        <translation>Tilføj til &amp;listen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close the form without adding (Esc)</source>
        <translation>Luk skemaet uden at tilføje (Esc)</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>&amp;Assessments</source>
        <translation>Målin&amp;ger</translation>
    </message>
    <message>
        <source>Tick the assessments to show on the chart; Enter opens one</source>
        <translation>Markér de målinger, der skal vises i diagrammet; Enter åbner en</translation>
    </message>
    <message>
        <source>&amp;Both views (latest)</source>
        <translation>&amp;Begge vurderinger (seneste)</translation>
    </message>
    <message>
        <source>The participant&apos;s and the case worker&apos;s ratings of the same assessment on one chart</source>
        <translation>Deltagerens og sagsbehandlerens vurdering af samme måling i ét diagram</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>&amp;Indsatser</translation>
    </message>
    <message>
        <source>Change per indicator</source>
        <translation>Ændring pr. indikator</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
</context>
<context>
    <name>Personnummer</name>
    <message>
        <source>No personnummer was entered.</source>
        <translation>Der blev ikke indtastet noget personnummer.</translation>
    </message>
    <message>
        <source>A personnummer has only one &apos;-&apos; or &apos;+&apos;.</source>
        <translation>Et personnummer har kun ét &apos;-&apos; eller &apos;+&apos;.</translation>
    </message>
    <message>
        <source>A personnummer cannot contain spaces.</source>
        <translation>Et personnummer kan ikke indeholde mellemrum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be part of a personnummer: use only digits and &apos;-&apos; (or &apos;+&apos; for people aged 100 or more).</source>
        <translation>&apos;%1&apos; kan ikke være en del af et personnummer: brug kun cifre og &apos;-&apos; (eller &apos;+&apos; for personer på 100 år eller mere).</translation>
    </message>
    <message>
        <source>A personnummer has 10 or 12 digits, not %1.</source>
        <translation>Et personnummer har 10 eller 12 cifre, ikke %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only stand right before the last four digits.</source>
        <translation>&apos;%1&apos; kan kun stå lige før de sidste fire cifre.</translation>
    </message>
    <message>
        <source>The month %1 does not exist.</source>
        <translation>Måneden %1 findes ikke.</translation>
    </message>
    <message>
        <source>The day %1 does not exist (a samordningsnummer uses day 61 to 91).</source>
        <translation>Dagen %1 findes ikke (et samordningsnummer bruger dag 61 til 91).</translation>
    </message>
    <message>
        <source>The date %1 does not exist (samordningsnummer: day %2 minus 60).</source>
        <translation>Datoen %1 findes ikke (samordningsnummer: dag %2 minus 60).</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>Datoen %1 findes ikke.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Fødselsdatoen %1 ligger i fremtiden.</translation>
    </message>
    <message>
        <source>&apos;+&apos; means the person is 100 or older, but this personnummer gives the age %1. Write &apos;-&apos; instead.</source>
        <translation>&apos;+&apos; betyder, at personen er 100 år eller ældre, men dette personnummer giver alderen %1. Skriv &apos;-&apos; i stedet.</translation>
    </message>
    <message>
        <source>The three digits after the date are never 000.</source>
        <translation>De tre cifre efter datoen er aldrig 000.</translation>
    </message>
    <message>
        <source>The check digit is wrong: a digit is mistyped somewhere, or two have changed places. Check the whole number against the ID document.</source>
        <translation>Kontrolcifferet er forkert: et ciffer er tastet forkert et sted, eller to har byttet plads. Tjek hele nummeret mod ID-dokumentet.</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>change the goal</source>
        <translation>ændre målet</translation>
    </message>
    <message>
        <source>change the next meeting</source>
        <translation>ændre næste møde</translation>
    </message>
    <message>
        <source>add sub-goal</source>
        <translation>tilføj delmål</translation>
    </message>
    <message>
        <source>remove sub-goal</source>
        <translation>fjern delmål</translation>
    </message>
    <message>
        <source>move sub-goal</source>
        <translation>flyt delmål</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>ændre %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>&amp;Action plan:</source>
        <translation>&amp;Handleplan:</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>N&amp;y plan</translation>
    </message>
    <message>
        <source>A new plan for the latest assessment; open sub-goals are carried over for follow-up</source>
        <translation>En ny plan for den seneste måling; åbne delmål overføres til opfølgning</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>Goal text</source>
        <translation>Måltekst</translation>
    </message>
    <message>
        <source>S&amp;ub-goals</source>
        <translation>&amp;Delmål</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>&amp;+ Sub-goal</source>
        <translation>&amp;+ Delmål</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move sub-goal up</source>
        <translation>Flyt delmål op</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Op)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move sub-goal down</source>
        <translation>Flyt delmål ned</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>H&amp;vad:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Hvo&amp;rfor:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>Indikat&amp;orer:</translation>
    </message>
    <message>
        <source>Target &amp;level:</source>
        <translation>Mål&amp;niveau:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>An&amp;svarlig:</translation>
    </message>
    <message>
        <source>Name of the responsible</source>
        <translation>Den ansvarliges navn</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Færdig s&amp;enest:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>O&amp;pfølgning:</translation>
    </message>
    <message>
        <source>A&amp;ctivities</source>
        <translation>&amp;Aktiviteter</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Add ac&amp;tivity</source>
        <translation>Tilføj a&amp;ktivitet</translation>
    </message>
    <message>
        <source>Remove acti&amp;vity</source>
        <translation>F&amp;jern aktivitet</translation>
    </message>
    <message>
        <source>The sub-goal in detail</source>
        <translation>Delmålet i detaljer</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drev</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Kig i:</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbage</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fremad</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ovenliggende mappe</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til den overliggende mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Opret en ny mappe</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljeret visning</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Skift til listevisningstilstand</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Skift til detaljeret visningstilstand</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebjælke</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste med steder og bogmærker</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Vis </translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på, at du vil slette &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredde:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Højde:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Omvendt landskab</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Omvendt portræt</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margener</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>øverste margen</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>venstre margen</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>højre margen</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>nederste margen</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sidelayout</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Sideorden:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Sider pr. ark:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tommer (tommer)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkter (pt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Brugerdefineret</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ne&amp;j til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Genskab standarder</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Valgmuligheder &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Valgmuligheder &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Udskriv til fil (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Skriv PDF-fil</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Alle sider</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Ulige sider</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Lige sider</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Ugyldig sider-definition</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 er en mappe.
Vælg venligst et andet filnavn.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Venstre til højre, øverst til nederst</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Venstre til højre, nederst til øverst</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Højre til venstre, nederst til øverst</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Højre til venstre, øverst til nederst</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nederst til øverst, venstre til højre</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nederst til øverst, højre til venstre</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Øverst til nederst, venstre til højre</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Øverst til nederst, højre til venstre</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Forhåndsvis udskrift</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sidste side</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Tilpas side</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Vis enkelt side</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Vis sideopslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Vis oversigt af alle sider</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Sideopsætning</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Sideopsætning</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Udskriftsområde</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Angiv sider eller områder separeret med kommaer. Områder angives med to tal separeret med en bindestreg. F.eks.: 3,5-7,9 udskriver siderne 3, 5, 6, 7 og 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Nuværende side</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Valg</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Sidesæt:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Outputindstillinger</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopier:</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Omvendt</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Farvetilstand</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Gråtone</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dobbeltsidet udskrivning</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Indbinding langs den lange side</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Indbinding langs den korte side</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Valgmuligheder</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaber</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Placering:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output&amp;fil:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér l&amp;inkplacering</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>RadarData</name>
    <message>
        <source>The assessment of %1 cannot be drawn: the instrument version it was made with cannot be read. %2</source>
        <translation>Målingen for %1 kan ikke tegnes: den instrumentversion, den blev lavet med, kan ikke læses. %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet endeligt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerudtræk</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Måling</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Draft (not completed)</source>
        <translation>Kladde (ikke færdig)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Sensitive information included</source>
        <translation>Følsomme oplysninger medtaget</translation>
    </message>
    <message>
        <source>Sensitive information left out</source>
        <translation>Følsomme oplysninger udeladt</translation>
    </message>
    <message>
        <source>Action plan as PDF, sensitive information included</source>
        <translation>Handleplan som PDF, følsomme oplysninger medtaget</translation>
    </message>
    <message>
        <source>Action plan as PDF, sensitive information left out</source>
        <translation>Handleplan som PDF, følsomme oplysninger udeladt</translation>
    </message>
    <message>
        <source>Action plan, sensitive information included</source>
        <translation>Handleplan, følsomme oplysninger medtaget</translation>
    </message>
    <message>
        <source>Action plan, sensitive information left out</source>
        <translation>Handleplan, følsomme oplysninger udeladt</translation>
    </message>
    <message>
        <source>As JSON and PDF</source>
        <translation>Som JSON og PDF</translation>
    </message>
    <message>
        <source>Removed at the erasure</source>
        <translation>Fjernet ved sletningen</translation>
    </message>
    <message numerus="yes">
        <source>The participant&apos;s log, %n entries</source>
        <translation>
            <numerusform>Deltagerens log, %n post</numerusform>
            <numerusform>Deltagerens log, %n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole log, %n entries</source>
        <translation>
            <numerusform>Hele loggen, %n post</numerusform>
            <numerusform>Hele loggen, %n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed: %1 assessments, %2 interventions, %3 action plans, %4 consents</source>
        <translation>Fjernet: %1 målinger, %2 indsatser, %3 handleplaner, %4 samtykker</translation>
    </message>
    <message>
        <source>Exchange format %1, exported %2</source>
        <translation>Udvekslingsformat %1, eksporteret %2</translation>
    </message>
    <message>
        <source>Backup from %1; erasures made again: %2</source>
        <translation>Sikkerhedskopi fra %1; sletninger foretaget igen: %2</translation>
    </message>
    <message>
        <source>Action plan %1</source>
        <translation>Handleplan %1</translation>
    </message>
    <message>
        <source>Action plan %1 %2.pdf</source>
        <translation>Handleplan %1 %2.pdf</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltageren findes ikke længere.</translation>
    </message>
    <message>
        <source>The action plan no longer exists.</source>
        <translation>Handleplanen findes ikke længere.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke påbegyndt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Delvist opnået</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Ikke opnået</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Deltageren</translation>
    </message>
    <message>
        <source>The case worker</source>
        <translation>Sagsbehandleren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Måling %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Udskrevet %1</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Næste møde: %1</translation>
    </message>
    <message>
        <source>Contains sensitive information. Keep it confidential.</source>
        <translation>Indeholder følsomme oplysninger. Behandl fortroligt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer (svensk)</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Dit mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>No action plan yet.</source>
        <translation>Ingen handleplan endnu.</translation>
    </message>
    <message>
        <source>How you rated yourself</source>
        <translation>Sådan vurderede du dig selv</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>No completed assessment yet.</source>
        <translation>Ingen færdig måling endnu.</translation>
    </message>
    <message>
        <source>The participant&apos;s own rating and the case worker&apos;s rating from %3, from %1 (not at all) to %2 (fully).</source>
        <translation>Deltagerens egen vurdering og sagsbehandlerens vurdering fra %3, fra %1 (slet ikke) til %2 (helt).</translation>
    </message>
    <message>
        <source>The participant&apos;s own rating, from %1 (not at all) to %2 (fully).</source>
        <translation>Deltagerens egen vurdering, fra %1 (slet ikke) til %2 (helt).</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>Hvad har ændret sig</translation>
    </message>
    <message>
        <source>Change per indicator</source>
        <translation>Ændring pr. indikator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Første</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Siden forrige</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Since first</source>
        <translation>Siden første</translation>
    </message>
    <message>
        <source>Change shows from the second completed assessment.</source>
        <translation>Ændringen vises fra den anden færdige måling.</translation>
    </message>
    <message>
        <source>Since the first assessment: %1 better, %2 the same, %3 worse.</source>
        <translation>Siden den første måling: %1 bedre, %2 det samme, %3 dårligere.</translation>
    </message>
    <message>
        <source>Since the previous assessment: %1 improved, %2 unchanged, %3 worsened.</source>
        <translation>Siden den forrige måling: %1 forbedret, %2 uændret, %3 forværret.</translation>
    </message>
    <message>
        <source>★ Especially important for getting a job.</source>
        <translation>★ Særlig vigtig for at få et job.</translation>
    </message>
    <message>
        <source>★ BIP indicator: linked to getting work.</source>
        <translation>★ BIP-indikator: hænger sammen med at komme i arbejde.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <source>target %1 of %2</source>
        <translation>mål %1 af %2</translation>
    </message>
    <message>
        <source>Should move:</source>
        <translation>Skal flytte sig:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Opfølgning:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Det skal gøres:</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktiviteter:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gjort</translation>
    </message>
    <message>
        <source>Steps on the way</source>
        <translation>Trin på vejen</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>No sub-goals yet.</source>
        <translation>Ingen delmål endnu.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Sådan går det</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Færdig senest</translation>
    </message>
    <message>
        <source>Running interventions</source>
        <translation>Igangværende indsatser</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Følsomme oplysninger</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <source>Case worker&apos;s notes</source>
        <translation>Sagsbehandlerens noter</translation>
    </message>
    <message>
        <source>We agree</source>
        <translation>Vi er enige</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Participant&apos;s signature</source>
        <translation>Deltagerens underskrift</translation>
    </message>
    <message>
        <source>Case worker&apos;s signature</source>
        <translation>Sagsbehandlerens underskrift</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Sted og dato</translation>
    </message>
    <message>
        <source>Contains sensitive information</source>
        <translation>Indeholder følsomme oplysninger</translation>
    </message>
    <message>
        <source>The action plan could not be drawn.</source>
        <translation>Handleplanen kunne ikke tegnes.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Udveksling af oplysninger</translation>
    </message>
    <message>
        <source>Everything stored about you in Tilltro</source>
        <translation>Alt, hvad der er gemt om dig i Tilltro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Extract made</source>
        <translation>Udtræk lavet</translation>
    </message>
    <message>
        <source>Made by (user account)</source>
        <translation>Lavet af (brugerkonto)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>What is a register extract?</source>
        <translation>Hvad er et registerudtræk?</translation>
    </message>
    <message>
        <source>You have the right to know what is stored about you (article 15 of the EU General Data Protection Regulation, GDPR). This extract shows everything that is stored about you in Tilltro, the program your case worker uses to follow up your assessments, interventions and action plans.</source>
        <translation>Du har ret til at vide, hvad der er gemt om dig (artikel 15 i EU&apos;s databeskyttelsesforordning, GDPR). Dette udtræk viser alt, hvad der er gemt om dig i Tilltro, det program, din sagsbehandler bruger til at følge op på dine målinger, indsatser og handleplaner.</translation>
    </message>
    <message>
        <source>It has your details, your consents, who has been your case worker, your interventions, every assessment with all the answers and notes and the changes made to them afterwards, your action plans, and the log of who has done what with your details and when.</source>
        <translation>Det indeholder dine oplysninger, dine samtykker, hvem der har været din sagsbehandler, dine indsatser, hver måling med alle svar og noter og de ændringer, der er foretaget i dem bagefter, dine handleplaner og loggen over, hvem der har gjort hvad med dine oplysninger og hvornår.</translation>
    </message>
    <message>
        <source>The same information is in a file in a format computers can read (JSON), handed over together with this document.</source>
        <translation>De samme oplysninger findes i en fil i et format, som computere kan læse (JSON), og som udleveres sammen med dette dokument.</translation>
    </message>
    <message>
        <source>The same information is in the file &quot;%1&quot;, in a format computers can read (JSON), handed over together with this document.</source>
        <translation>De samme oplysninger findes i filen &quot;%1&quot; i et format, som computere kan læse (JSON), og som udleveres sammen med dette dokument.</translation>
    </message>
    <message>
        <source>If something is wrong, you can ask for it to be corrected. You can also ask for details to be erased or their use restricted, and you can complain to the Swedish Authority for Privacy Protection (IMY). Talk to your case worker.</source>
        <translation>Hvis noget er forkert, kan du bede om at få det rettet. Du kan også bede om at få oplysninger slettet eller brugen af dem begrænset, og du kan klage til den svenske tilsynsmyndighed for databeskyttelse (Integritetsskyddsmyndigheten, IMY). Tal med din sagsbehandler.</translation>
    </message>
    <message>
        <source>Contains sensitive information. Keep it safe.</source>
        <translation>Indeholder følsomme oplysninger. Opbevar det sikkert.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation>(ingen registreret)</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Beskyttet identitet</translation>
    </message>
    <message>
        <source>Yes: your name and personal identity number are kept off screens, prints and exports, except this extract.</source>
        <translation>Ja: dit navn og dit personnummer holdes væk fra skærme, udskrifter og eksporter, undtagen dette udtræk.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Hvorfor det sluttede</translation>
    </message>
    <message>
        <source>Case worker now</source>
        <translation>Sagsbehandler nu</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>No consent is registered.</source>
        <translation>Der er ikke registreret noget samtykke.</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>Your case workers</source>
        <translation>Dine sagsbehandlere</translation>
    </message>
    <message>
        <source>No case worker is registered.</source>
        <translation>Der er ikke registreret nogen sagsbehandler.</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>indtil nu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>No intervention is registered.</source>
        <translation>Der er ikke registreret nogen indsats.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Ingen svar.</translation>
    </message>
    <message>
        <source>Numbers are on a scale from %1 (lowest) to %2 (highest).</source>
        <translation>Tallene er på en skala fra %1 (lavest) til %2 (højest).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>The participant&apos;s answer</source>
        <translation>Deltagerens svar</translation>
    </message>
    <message>
        <source>The case worker&apos;s answer</source>
        <translation>Sagsbehandlerens svar</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>No assessment is registered.</source>
        <translation>Der er ikke registreret nogen måling.</translation>
    </message>
    <message>
        <source>%1 · %2, version %3</source>
        <translation>%1 · %2, version %3</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>did not take part</source>
        <translation>deltog ikke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Ingen noter.</translation>
    </message>
    <message>
        <source>Changes made after the assessment was completed</source>
        <translation>Ændringer foretaget, efter målingen var færdig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Handleplaner</translation>
    </message>
    <message>
        <source>No action plan is registered.</source>
        <translation>Der er ikke registreret nogen handleplan.</translation>
    </message>
    <message>
        <source>Action plan from the assessment %1</source>
        <translation>Handleplan fra målingen %1</translation>
    </message>
    <message>
        <source>Goal: %1: %2</source>
        <extracomment>%1 is the kind of goal, %2 the goal text. Keep %2 last: what comes before it is printed in bold.</extracomment>
        <translation>Mål: %1: %2</translation>
    </message>
    <message>
        <source>No sub-goals.</source>
        <translation>Ingen delmål.</translation>
    </message>
    <message>
        <source>Sub-goal %1</source>
        <translation>Delmål %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Should move</source>
        <translation>Skal flytte sig</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Målniveau</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>ikke gjort</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>The log</source>
        <translation>Loggen</translation>
    </message>
    <message>
        <source>Every change to your details, and every export, print and extract, is recorded with the time and the user account of the person who did it.</source>
        <translation>Hver ændring af dine oplysninger og hver eksport, udskrift og hvert udtræk registreres med tidspunktet og brugerkontoen for den person, der gjorde det.</translation>
    </message>
    <message>
        <source>An assessment that is not completed yet is saved as it is filled in; those saves are recorded when a working session begins, and again every half hour while it goes on.</source>
        <translation>En måling, der endnu ikke er færdig, gemmes, mens den udfyldes; disse gemninger registreres, når en arbejdsperiode begynder, og igen hver halve time, mens den varer.</translation>
    </message>
    <message>
        <source>The log has no entries.</source>
        <translation>Loggen har ingen poster.</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Register extract %1 %2</source>
        <translation>Registerudtræk %1 %2</translation>
    </message>
    <message>
        <source>The register extract needs the data of exactly one participant.</source>
        <translation>Registerudtrækket kræver data for præcis én deltager.</translation>
    </message>
    <message>
        <source>Register extract %1</source>
        <translation>Registerudtræk %1</translation>
    </message>
    <message>
        <source>The register extract could not be drawn.</source>
        <translation>Registerudtrækket kunne ikke tegnes.</translation>
    </message>
    <message>
        <source>The register extract could not be drawn: %1</source>
        <translation>Registerudtrækket kunne ikke tegnes: %1</translation>
    </message>
    <message>
        <source>The database is open read-only. A register extract is recorded in the log, so it needs the database open for editing.</source>
        <translation>Databasen er åbnet skrivebeskyttet. Et registerudtræk registreres i loggen, så databasen skal være åbnet til redigering.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>down %1 · same %2 · up %3</source>
        <translation>ned %1 · samme %2 · op %3</translation>
    </message>
    <message>
        <source>no insats</source>
        <translation>ingen indsats</translation>
    </message>
    <message>
        <source>Statistics for the unit</source>
        <translation>Statistik for enheden</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n summaries.</source>
        <translation>
            <numerusform>Lagt sammen fra %n opgørelse.</numerusform>
            <numerusform>Lagt sammen fra %n opgørelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure rests on fewer than 5 deltagare; where a group is smaller the figure reads &quot;%1&quot;. Change is the latest assessment in the period minus the first.</source>
        <translation>Intet tal bygger på færre end 5 deltagere; hvor en gruppe er mindre, står der &quot;%1&quot;. Ændring er periodens seneste måling minus den første.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Deltagare in the period</source>
        <translation>Deltagere i perioden</translation>
    </message>
    <message>
        <source>Completed assessments in the period</source>
        <translation>Færdige målinger i perioden</translation>
    </message>
    <message>
        <source>Deltagare with two assessments or more</source>
        <translation>Deltagere med to målinger eller flere</translation>
    </message>
    <message>
        <source>Overdue assessments at the end of the period</source>
        <translation>Forsinkede målinger ved periodens slutning</translation>
    </message>
    <message>
        <source>Parallel insatser</source>
        <translation>Parallelle indsatser</translation>
    </message>
    <message>
        <source>A job-oriented insats in parallel with another (BIP: %1)</source>
        <translation>En jobrettet indsats parallelt med en anden (BIP: %1)</translation>
    </message>
    <message>
        <source>Changed handledare in the period (BIP: each change lowers the job chance by about 22 %)</source>
        <translation>Skiftede sagsbehandler i perioden (BIP: hvert skift sænker jobchancen med omkring 22 %)</translation>
    </message>
    <message>
        <source>Change per indicator, the deltagare&apos;s own rating</source>
        <translation>Ændring pr. indikator, deltagerens egen vurdering</translation>
    </message>
    <message>
        <source>Of the deltagare with two assessments in the period: the share who went down (hatched, left), stayed the same (grey) and went up (blue, right).</source>
        <translation>Af deltagerne med to målinger i perioden: andelen, der gik ned (skraveret, til venstre), forblev det samme (grå) og gik op (blå, til højre).</translation>
    </message>
    <message>
        <source>Belief and continuity</source>
        <translation>Tiltro og kontinuitet</translation>
    </message>
    <message>
        <source>Belief at the first assessment: %1</source>
        <translation>Tiltro ved den første måling: %1</translation>
    </message>
    <message>
        <source>With a change of handledare</source>
        <translation>Med skift af sagsbehandler</translation>
    </message>
    <message>
        <source>Without a change of handledare</source>
        <translation>Uden skift af sagsbehandler</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Ended participations by insatser</source>
        <translation>Afsluttede forløb efter indsatser</translation>
    </message>
    <message>
        <source>No participation ended in the period.</source>
        <translation>Intet forløb sluttede i perioden.</translation>
    </message>
    <message>
        <source>Insatser during the participation</source>
        <translation>Indsatser under forløbet</translation>
    </message>
    <message>
        <source>All, the deltagare&apos;s rating</source>
        <translation>Alle, deltagerens vurdering</translation>
    </message>
    <message>
        <source>All, the handledare&apos;s rating</source>
        <translation>Alle, sagsbehandlerens vurdering</translation>
    </message>
    <message>
        <source>Belief: %1</source>
        <translation>Tiltro: %1</translation>
    </message>
    <message>
        <source>The change between each deltagare&apos;s first and latest assessment in the period. The box spans the middle half (lower to upper quartile), the thick line is the median.</source>
        <translation>Ændringen mellem hver deltagers første og seneste måling i perioden. Boksen dækker den midterste halvdel (nedre til øvre kvartil), den tykke streg er medianen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Quartiles</source>
        <translation>Kvartiler</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Samme</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a part of a group that is shown, hidden because it, or a part it could be worked out from, has fewer than 5 deltagare.</source>
        <translation>&quot;%1&quot;: en del af en gruppe, der vises, skjult fordi den, eller en del, den kan regnes ud fra, har færre end 5 deltagere.</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>fra begyndelsen</translation>
    </message>
    <message>
        <source>Statistics for the unit %1</source>
        <translation>Statistik for enheden %1</translation>
    </message>
    <message>
        <source>Anonymous: no figure under 5 deltagare</source>
        <translation>Anonym: intet tal under 5 deltagere</translation>
    </message>
    <message>
        <source>The statistics could not be drawn.</source>
        <translation>Statistikken kunne ikke tegnes.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>none ran at the assessment</source>
        <translation>ingen var i gang ved målingen</translation>
    </message>
    <message>
        <source>The participant did not take part</source>
        <translation>Deltageren deltog ikke</translation>
    </message>
    <message>
        <source>No intervention ran</source>
        <translation>Ingen indsats var i gang</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>&amp;Easy-read (larger type, plain headings)</source>
        <translation>&amp;Letlæst (større skrift, enkle overskrifter)</translation>
    </message>
    <message>
        <source>&amp;Include sensitive information</source>
        <translation>&amp;Medtag følsomme oplysninger</translation>
    </message>
    <message>
        <source>Sensitive: the answers about violence in a close relationship and risky use or addiction, and the case worker&apos;s notes. They are left out unless you tick this.</source>
        <translation>Følsomt: svarene om vold i nære relationer og risikabelt forbrug eller afhængighed samt sagsbehandlerens noter. De udelades, medmindre du markerer dette.</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <source>Someone else saved %1 in the team database while you were working on it%2. Nothing was overwritten, and your changes are not saved yet.</source>
        <translation>En anden gemte %1 i teamdatabasen, mens du arbejdede med den%2. Intet blev overskrevet, og dine ændringer er ikke gemt endnu.</translation>
    </message>
    <message>
        <source>Stored now → yours:</source>
        <translation>Gemt nu → dit:</translation>
    </message>
    <message>
        <source>Open it again to see the stored version, then make your changes there.</source>
        <translation>Åbn den igen for at se den gemte version, og foretag så dine ændringer der.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified, so Tilltro did not connect. Ask your IT department for the certificate authority (sslrootcert=) or check the host name.</source>
        <translation>serverens certifikat kunne ikke verificeres, så Tilltro forbandt ikke. Bed it-afdelingen om certifikatudstederen (sslrootcert=), eller kontrollér servernavnet.</translation>
    </message>
    <message>
        <source>the server did not accept the login. Tilltro stores no password: the login comes from Kerberos, a client certificate, ~/.pgpass or a service file.</source>
        <translation>serveren godtog ikke login. Tilltro gemmer ingen adgangskoder: login kommer fra Kerberos, et klientcertifikat, ~/.pgpass eller en servicefil.</translation>
    </message>
    <message>
        <source>the server has no such database or user.</source>
        <translation>serveren har ingen sådan database eller bruger.</translation>
    </message>
    <message>
        <source>the server does not let this login in from here (its pg_hba.conf).</source>
        <translation>serveren lukker ikke dette login ind herfra (dens pg_hba.conf).</translation>
    </message>
    <message>
        <source>could not connect.</source>
        <translation>kunne ikke forbinde.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>is not the address of a team database (postgresql://host/database).</source>
        <translation>er ikke adressen på en teamdatabase (postgresql://server/database).</translation>
    </message>
    <message>
        <source>is not a valid address: %1</source>
        <translation>er ikke en gyldig adresse: %1</translation>
    </message>
    <message>
        <source>the address holds a password. Tilltro stores no password: remove it and let the login come from Kerberos, a client certificate, ~/.pgpass or a service file.</source>
        <translation>adressen indeholder en adgangskode. Tilltro gemmer ingen adgangskoder: fjern den, og lad login komme fra Kerberos, et klientcertifikat, ~/.pgpass eller en servicefil.</translation>
    </message>
    <message>
        <source>Tilltro does not pass on the parameter %1.</source>
        <translation>Tilltro sender ikke parameteren %1 videre.</translation>
    </message>
    <message>
        <source>names no server.</source>
        <translation>angiver ingen server.</translation>
    </message>
    <message>
        <source>names no database (postgresql://host/database).</source>
        <translation>angiver ingen database (postgresql://server/database).</translation>
    </message>
    <message>
        <source>the port must be 1 to 65535.</source>
        <translation>porten skal være 1 til 65535.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not allowed over the network: use sslmode=verify-full, so that the server&apos;s certificate is verified.</source>
        <translation>sslmode=%1 er ikke tilladt over netværket: brug sslmode=verify-full, så serverens certifikat verificeres.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL-driver er ikke installeret (i Debian: pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1: the database is not a Tilltro team database.</source>
        <translation>%1: databasen er ikke en teamdatabase for Tilltro.</translation>
    </message>
    <message>
        <source>%1: the database is not a Tilltro team database (it has no schema_info the login may read).</source>
        <translation>%1: databasen er ikke en teamdatabase for Tilltro (den har ingen schema_info, som login må læse).</translation>
    </message>
    <message>
        <source>%1: the team database has schema version %2; this Tilltro knows %3. Update Tilltro.</source>
        <translation>%1: teamdatabasen har skemaversion %2; denne Tilltro kender %3. Opdatér Tilltro.</translation>
    </message>
    <message>
        <source>the server did not answer: it may be down, or not reachable from this network. Try again in a while, or ask your IT department.</source>
        <translation>serveren svarede ikke: den kan være nede eller ikke kunne nås fra dette netværk. Prøv igen om lidt, eller spørg IT-afdelingen.</translation>
    </message>
    <message>
        <source>the list of hosts has an empty name.</source>
        <translation>listen over servere har et tomt navn.</translation>
    </message>
    <message>
        <source>target_session_attrs=%1: Tilltro saves changes, so it connects only to read-write or primary.</source>
        <translation>target_session_attrs=%1: Tilltro gemmer ændringer og forbinder derfor kun til read-write eller primary.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Organisation &amp;name (on prints):</source>
        <translation>Organisationens &amp;navn (på udskrifter):</translation>
    </message>
    <message>
        <source>&amp;Logo (optional):</source>
        <translation>&amp;Logo (valgfrit):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>&amp;Retention (years after the end):</source>
        <translation>&amp;Sletningsfrist (år efter afslutning):</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>Du er:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ski&amp;ft…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock after &amp;minutes without use:</source>
        <translation>Lås efter &amp;minutter uden brug:</translation>
    </message>
    <message>
        <source>Lock after minutes without use (0 = never)</source>
        <translation>Lås efter minutter uden brug (0 = aldrig)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Angiv &amp;adgangskode…</translation>
    </message>
    <message>
        <source>Remo&amp;ve password</source>
        <translation>Fje&amp;rn adgangskode</translation>
    </message>
</context>
<context>
    <name>Signal</name>
    <message>
        <source>No insats is running. In BIP, deltagare without any insats drifted further away from work.</source>
        <translation>Ingen indsats er i gang. I BIP gled deltagere uden nogen indsats længere væk fra arbejde.</translation>
    </message>
    <message>
        <source>In the last three months no two insatser ran at the same time. In BIP, skills, health and social insatser helped when they ran in parallel with a job-oriented one.</source>
        <translation>I de sidste tre måneder kørte der ikke to indsatser på samme tid. I BIP hjalp opkvalificerende, helbredsrettede og sociale indsatser, når de kørte parallelt med en jobrettet indsats.</translation>
    </message>
    <message>
        <source>None of the insatser in the last three months was job-oriented. In BIP, skills, health and social insatser moved people only in parallel with a job-oriented one; only about 18 % had such a combination.</source>
        <translation>Ingen af indsatserne i de sidste tre måneder var jobrettet. I BIP flyttede opkvalificerende, helbredsrettede og sociale indsatser kun folk parallelt med en jobrettet indsats; kun omkring 18 % havde sådan en kombination.</translation>
    </message>
    <message>
        <source>The handledare has changed since the latest assessment. In BIP, each change of handledare lowered the chance of a job by about 22 %; a good handover softens it.</source>
        <translation>Sagsbehandleren er skiftet siden den seneste måling. I BIP sænkede hvert skift af sagsbehandler chancen for et job med omkring 22 %; en god overlevering mildner det.</translation>
    </message>
    <message>
        <source>At the latest assessment the handledare&apos;s belief was doubtful or no. In BIP, the handledare&apos;s belief was the strongest sign of a job: after a year 27 % of those believed in were in work, against 1 % of the others.</source>
        <translation>Ved den seneste måling var sagsbehandlerens tiltro tvivlsom eller nej. I BIP var sagsbehandlerens tiltro det stærkeste tegn på et job: efter et år var 27 % af dem, der blev troet på, i arbejde mod 1 % af de andre.</translation>
    </message>
    <message>
        <source>The handledare&apos;s belief fell at each of the last two assessments. In BIP, the handledare&apos;s belief was one of the strongest signs of the way ahead.</source>
        <translation>Sagsbehandlerens tiltro faldt ved hver af de to seneste målinger. I BIP var sagsbehandlerens tiltro et af de stærkeste tegn på vejen frem.</translation>
    </message>
    <message>
        <source>Goal-directedness fell since the previous assessment. In BIP, goal-directedness was one of the seven indicators that predicted a job.</source>
        <translation>Målrettetheden er faldet siden den forrige måling. I BIP var målrettethed en af de syv indikatorer, der forudsagde et job.</translation>
    </message>
    <message>
        <source>The next assessment is overdue. BIP&apos;s results rest on following each deltagare up every three months.</source>
        <translation>Den næste måling er forsinket. BIP&apos;s resultater bygger på, at hver deltager følges op hver tredje måned.</translation>
    </message>
    <message>
        <source>The next assessment is due within 14 days: book the meeting. BIP&apos;s results rest on following each deltagare up every three months.</source>
        <translation>Den næste måling skal holdes inden for 14 dage: book mødet. BIP&apos;s resultater bygger på, at hver deltager følges op hver tredje måned.</translation>
    </message>
    <message>
        <source>There is no current consent for registration. Ask for it at the next meeting, or end the registration.</source>
        <translation>Der er ikke noget gældende samtykke til registrering. Bed om det ved næste møde, eller afslut registreringen.</translation>
    </message>
    <message>
        <source>An assessment was started on an earlier day and never completed: it does not count in the change table or the statistics until it is.</source>
        <translation>En måling blev påbegyndt på en tidligere dag og aldrig gjort færdig: den tæller ikke med i ændringstabellen eller statistikken, før den er færdig.</translation>
    </message>
    <message>
        <source>No insats</source>
        <translation>Ingen indsats</translation>
    </message>
    <message>
        <source>Not parallel</source>
        <translation>Ikke parallelt</translation>
    </message>
    <message>
        <source>No job-oriented insats</source>
        <translation>Ingen jobrettet indsats</translation>
    </message>
    <message>
        <source>New handledare</source>
        <translation>Ny sagsbehandler</translation>
    </message>
    <message>
        <source>Low belief</source>
        <translation>Lav tiltro</translation>
    </message>
    <message>
        <source>Belief falling</source>
        <translation>Faldende tiltro</translation>
    </message>
    <message>
        <source>Goal-directedness falling</source>
        <translation>Faldende målrettethed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Intet samtykke</translation>
    </message>
    <message>
        <source>Unfinished draft</source>
        <translation>Ufærdig kladde</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Summaries %1 and %2 are the same: merged, their deltagare would be counted twice.</source>
        <translation>Opgørelserne %1 og %2 er de samme: lagt sammen ville deres deltagere blive talt to gange.</translation>
    </message>
    <message>
        <source>The summaries are of different instruments (%1 and %2): their indicators do not mean the same.</source>
        <translation>Opgørelserne er fra forskellige instrumenter (%1 og %2): deres indikatorer betyder ikke det samme.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more, or null</source>
        <translation>skal være et helt tal, 0 eller mere, eller null</translation>
    </message>
    <message>
        <source>is %1: a figure under 5 deltagare must be null (the summary is not anonymous)</source>
        <translation>er %1: et tal under 5 deltagere skal være null (opgørelsen er ikke anonym)</translation>
    </message>
    <message>
        <source>must be a number or null</source>
        <translation>skal være et tal eller null</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1, or null</source>
        <translation>skal være en andel mellem 0 og 1 eller null</translation>
    </message>
    <message>
        <source>must be a change on the instrument&apos;s scale</source>
        <translation>skal være en ændring på instrumentets skala</translation>
    </message>
    <message>
        <source>must be null: it rests on fewer than 5 deltagare (the summary is not anonymous)</source>
        <translation>skal være null: det bygger på færre end 5 deltagere (opgørelsen er ikke anonym)</translation>
    </message>
    <message>
        <source>shows a part of %1 deltagare (the summary is not anonymous)</source>
        <translation>viser en del af %1 deltagere (opgørelsen er ikke anonym)</translation>
    </message>
    <message>
        <source>shows more deltagare than its group has</source>
        <translation>viser flere deltagere, end gruppen har</translation>
    </message>
    <message>
        <source>lets %1 hidden deltagare be worked out by subtraction (the summary is not anonymous)</source>
        <translation>lader %1 skjulte deltagere blive regnet ud ved subtraktion (opgørelsen er ikke anonym)</translation>
    </message>
    <message>
        <source>must be a key (text)</source>
        <translation>skal være en nøgle (tekst)</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>skal være en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or null</source>
        <translation>skal være en dato (ÅÅÅÅ-MM-DD) eller null</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-statistics&quot;: this is not a statistics summary from Tilltro</source>
        <translation>skal være &quot;tilltro-statistics&quot;: dette er ikke en statistikopgørelse fra Tilltro</translation>
    </message>
    <message>
        <source>must be 1: this program reads version 1 of the summary</source>
        <translation>skal være 1: dette program læser version 1 af opgørelsen</translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation>skal være et helt tal, 1 eller mere</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>skal være et helt tal, 0 eller mere</translation>
    </message>
    <message>
        <source>must be an insats category or null</source>
        <translation>skal være en indsatskategori eller null</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>færre end 5</translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation>Opgørelsen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Summaries merged</source>
        <translation>Sammenlagte opgørelser</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Deltagare with two assessments or more</source>
        <translation>Deltagere med to målinger eller flere</translation>
    </message>
    <message>
        <source>Overdue assessments</source>
        <translation>Forsinkede målinger</translation>
    </message>
    <message>
        <source>Share with parallel insatser</source>
        <translation>Andel med parallelle indsatser</translation>
    </message>
    <message>
        <source>Share with a job-oriented insats in parallel</source>
        <translation>Andel med en jobrettet indsats parallelt</translation>
    </message>
    <message>
        <source>BIP reference: job-oriented insats in parallel</source>
        <translation>BIP-reference: jobrettet indsats parallelt</translation>
    </message>
    <message>
        <source>Share with a change of handledare</source>
        <translation>Andel med skift af sagsbehandler</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Median change</source>
        <translation>Medianændring</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Nedre kvartil</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Øvre kvartil</translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation>Andel forbedret</translation>
    </message>
    <message>
        <source>Share unchanged</source>
        <translation>Andel uændret</translation>
    </message>
    <message>
        <source>Share worsened</source>
        <translation>Andel forværret</translation>
    </message>
    <message>
        <source>All, deltagare&apos;s rating</source>
        <translation>Alle, deltagerens vurdering</translation>
    </message>
    <message>
        <source>All, handledare&apos;s rating</source>
        <translation>Alle, sagsbehandlerens vurdering</translation>
    </message>
    <message>
        <source>With a change of handledare</source>
        <translation>Med skift af sagsbehandler</translation>
    </message>
    <message>
        <source>Without a change of handledare</source>
        <translation>Uden skift af sagsbehandler</translation>
    </message>
    <message>
        <source>Belief at the first assessment: %1</source>
        <translation>Tiltro ved den første måling: %1</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Ended with insatser: %1</source>
        <translation>Afsluttet med indsatser: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>To work</source>
        <translation>Til arbejde</translation>
    </message>
    <message>
        <source>To studies</source>
        <translation>Til uddannelse</translation>
    </message>
    <message>
        <source>Other ending</source>
        <translation>Anden afslutning</translation>
    </message>
    <message>
        <source>must be the key of an insats category (a-z, 0-9, _ and -, such as &quot;social&quot;)</source>
        <translation>skal være nøglen til en indsatstype (a–z, 0–9, _ og -, for eksempel &quot;social&quot;)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 står to gange</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The window needs a display, and none was found (DISPLAY is not set). The commands work without one:</source>
        <translation>Vinduet kræver en skærm, og der blev ikke fundet nogen (DISPLAY er ikke sat). Kommandoerne virker uden:</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Databasen, der skal åbnes.</translation>
    </message>
</context>
<context>
    <name>tilltro::CaseloadModel</name>
    <message>
        <source>[protected]</source>
        <translation>[beskyttet]</translation>
    </message>
</context>
<context>
    <name>tilltro::chart::RadarChartView</name>
    <message>
        <source>BIP indicator (bold): linked to getting work</source>
        <translation>BIP-indikator (fed): hænger sammen med at komme i arbejde</translation>
    </message>
    <message>
        <source>No answer (hollow marker)</source>
        <translation>Intet svar (hul markør)</translation>
    </message>
    <message>
        <source>Sub-goal target (dashed mark)</source>
        <translation>Delmålets mål (stiplet markering)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>%1
Target: %2</source>
        <translation>%1
Mål: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>intet svar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>Radardiagram</translation>
    </message>
    <message>
        <source>No assessment is shown.</source>
        <translation>Ingen måling vises.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::AuditLogDialog</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Log — %1</source>
        <translation>Log — %1</translation>
    </message>
    <message>
        <source>What has been recorded about %1: who created, changed, exported or printed what, and when. The log holds no names or texts and is kept after an erasure.</source>
        <translation>Hvad der er registreret om %1: hvem der oprettede, ændrede, eksporterede eller udskrev hvad, og hvornår. Loggen indeholder ingen navne eller tekster og bevares efter en sletning.</translation>
    </message>
    <message>
        <source>Log — whole database</source>
        <translation>Log — hele databasen</translation>
    </message>
    <message>
        <source>Everything recorded in this database: who created, changed, erased, exported or printed what, and when. The log holds no names or texts and is kept after an erasure. Export it for a log review.</source>
        <translation>Alt, hvad der er registreret i denne database: hvem der oprettede, ændrede, slettede, eksporterede eller udskrev hvad, og hvornår. Loggen indeholder ingen navne eller tekster og bevares efter en sletning. Eksportér den til en loggennemgang.</translation>
    </message>
    <message>
        <source>The database is open read-only. Every export of the log is recorded in the log, so exporting needs the database open for editing.</source>
        <translation>Databasen er åbnet skrivebeskyttet. Hver eksport af loggen registreres i loggen, så eksport kræver, at databasen er åbnet til redigering.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry/entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Eksportér loggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::BlankFormDialog</name>
    <message>
        <source>Blank form for the participant</source>
        <translation>Tomt skema til deltageren</translation>
    </message>
    <message>
        <source>The participant&apos;s questions with boxes to tick, to think about before the meeting. Name and date are left empty to write by hand: nothing about a participant is printed.</source>
        <translation>Deltagerens spørgsmål med bokse til afkrydsning, til at tænke over før mødet. Navn og dato står tomme og skrives i hånden: der udskrives intet om en deltager.</translation>
    </message>
    <message>
        <source>&amp;Easy-read</source>
        <translation>&amp;Letlæst</translation>
    </message>
    <message>
        <source>Easy-read</source>
        <translation>Letlæst</translation>
    </message>
    <message>
        <source>Shorter questions and answers, larger type and more space</source>
        <translation>Kortere spørgsmål og svar, større skrift og mere luft</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Skemaets sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Gem PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Gem PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>The form could not be made</source>
        <translation>Skemaet kunne ikke laves</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Save the blank form as PDF</source>
        <translation>Gem det tomme skema som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Print the blank form</source>
        <translation>Udskriv det tomme skema</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::CaseloadModel</name>
    <message numerus="yes">
        <source>%n day(s) without an insats since the start.</source>
        <translation>
            <numerusform>%n dag uden en indsats siden starten.</numerusform>
            <numerusform>%n dage uden en indsats siden starten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of handledare in all.</source>
        <translation>
            <numerusform>%n skift af sagsbehandler i alt.</numerusform>
            <numerusform>%n skift af sagsbehandler i alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Afsluttet %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>No signals, a draft</source>
        <translation>Ingen signaler, en kladde</translation>
    </message>
    <message>
        <source>No signals</source>
        <translation>Ingen signaler</translation>
    </message>
    <message>
        <source>[protected]</source>
        <translation>[beskyttet]</translation>
    </message>
    <message>
        <source>Protected identity: the name is shown only in the edit dialog.</source>
        <translation>Beskyttet identitet: navnet vises kun i redigeringsvinduet.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Seneste måling</translation>
    </message>
    <message>
        <source>Next assessment due</source>
        <translation>Næste måling</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::CaseloadPane</name>
    <message>
        <source>Filter by signal</source>
        <translation>Filtrér efter signal</translation>
    </message>
    <message>
        <source>Show only participants with any of the ticked signals</source>
        <translation>Vis kun deltagere med et af de markerede signaler</translation>
    </message>
    <message>
        <source>Signals to show</source>
        <translation>Signaler, der skal vises</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Signals: %1</source>
        <translation>Signaler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signals: %n chosen</source>
        <translation>
            <numerusform>Signaler: %n valgt</numerusform>
            <numerusform>Signaler: %n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>All participants are shown.</source>
        <translation>Alle deltagere vises.</translation>
    </message>
    <message>
        <source>Shown: participants with any of %1.</source>
        <translation>Vises: deltagere med et af %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::DateEdit</name>
    <message>
        <source>Not a date. Write the date as 2027-03-04 or 20270304.</source>
        <translation>Ikke en dato. Skriv datoen som 2027-03-04 eller 20270304.</translation>
    </message>
    <message>
        <source>%1 is too late: the latest date allowed here is %2.</source>
        <translation>%1 er for sent: den seneste dato, der er tilladt her, er %2.</translation>
    </message>
    <message>
        <source>%1 is too early: the earliest date allowed here is %2.</source>
        <translation>%1 er for tidligt: den tidligste dato, der er tilladt her, er %2.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::GallringDialog</name>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be erased.</source>
        <translation>Databasen er åbnet skrivebeskyttet: intet kan slettes.</translation>
    </message>
    <message numerus="yes">
        <source>Participations that ended more than %n year(s) ago, that is before %1. The retention period is chosen in Settings.</source>
        <translation>
            <numerusform>Forløb, der sluttede for mere end %n år siden, dvs. før %1. Sletningsfristen vælges under Indstillinger.</numerusform>
            <numerusform>Forløb, der sluttede for mere end %n år siden, dvs. før %1. Sletningsfristen vælges under Indstillinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <source>Nothing is listed: the retention period is not known.</source>
        <translation>Intet vises: sletningsfristen er ikke kendt.</translation>
    </message>
    <message>
        <source>No participants to erase: no participation ended that long ago.</source>
        <translation>Ingen deltagere at slette: intet forløb sluttede for så længe siden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) ticked.</source>
        <translation>
            <numerusform>%1 af %n deltager markeret.</numerusform>
            <numerusform>%1 af %n deltagere markeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase participants</source>
        <translation>Slet deltagere</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n participant(s) and everything stored about them: assessments, action plans, interventions, consents and history? This cannot be undone. Only a note that an erasure took place is kept in the log.</source>
        <translation>
            <numerusform>Slet %n deltager og alt, hvad der er gemt om vedkommende: målinger, handleplaner, indsatser, samtykker og historik? Det kan ikke fortrydes. Kun en note om, at en sletning fandt sted, bevares i loggen.</numerusform>
            <numerusform>Slet %n deltagere og alt, hvad der er gemt om dem: målinger, handleplaner, indsatser, samtykker og historik? Det kan ikke fortrydes. Kun en note om, at en sletning fandt sted, bevares i loggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) erased. Copies made outside Tilltro (exports, printouts, backups saved elsewhere) must be deleted by hand.</source>
        <translation>
            <numerusform>%n deltager slettet. Kopier lavet uden for Tilltro (eksporter, udskrifter, sikkerhedskopier gemt andre steder) skal slettes manuelt.</numerusform>
            <numerusform>%n deltagere slettet. Kopier lavet uden for Tilltro (eksporter, udskrifter, sikkerhedskopier gemt andre steder) skal slettes manuelt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tilltro::gui::HandbookDialog</name>
    <message>
        <source>Tilltro manual</source>
        <translation>Tilltro-vejledning</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Find in the manual</source>
        <translation>Find i vejledningen</translation>
    </message>
    <message>
        <source>Word to find (Enter: next, Shift+Enter: previous)</source>
        <translation>Ord, der skal findes (Enter: næste, Shift+Enter: forrige)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Forrige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::HandledareDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::InsatsDialog</name>
    <message>
        <source>New intervention</source>
        <translation>Ny indsats</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Rediger indsats</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::InstrumentDialog</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>The versions of the instrument in this database. New assessments use the one marked; earlier assessments keep the version they were answered with.</source>
        <translation>Instrumentets versioner i denne database. Nye målinger bruger den markerede; tidligere målinger beholder den version, de blev besvaret med.</translation>
    </message>
    <message>
        <source>Instrument versions</source>
        <translation>Instrumentversioner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>For new assessments</source>
        <translation>Til nye målinger</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versioner:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Import a version</source>
        <translation>Importér en version</translation>
    </message>
    <message>
        <source>Read a new version of the instrument from a JSON file</source>
        <translation>Læs en ny version af instrumentet fra en JSON-fil</translation>
    </message>
    <message>
        <source>&amp;Use for new assessments</source>
        <translation>&amp;Brug til nye målinger</translation>
    </message>
    <message>
        <source>Use for new assessments</source>
        <translation>Brug til nye målinger</translation>
    </message>
    <message>
        <source>New assessments use the chosen version</source>
        <translation>Nye målinger bruger den valgte version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (indbygget)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Import a version of the instrument</source>
        <translation>Importér en version af instrumentet</translation>
    </message>
    <message>
        <source>Instrument (*.json)</source>
        <translation>Instrument (*.json)</translation>
    </message>
    <message>
        <source>The instrument was not imported</source>
        <translation>Instrumentet blev ikke importeret</translation>
    </message>
    <message>
        <source>%1 version %2 was already in the database; nothing was changed.</source>
        <translation>%1 version %2 var allerede i databasen; intet blev ændret.</translation>
    </message>
    <message>
        <source>Imported %1 version %2. Choose it and press &quot;Use for new assessments&quot; to use it.</source>
        <translation>Importerede %1 version %2. Markér den, og tryk på »Brug til nye målinger« for at bruge den.</translation>
    </message>
    <message>
        <source>The instrument was not chosen</source>
        <translation>Instrumentet blev ikke valgt</translation>
    </message>
    <message>
        <source>New assessments use %1 version %2; earlier assessments keep their version.</source>
        <translation>Nye målinger bruger %1 version %2; tidligere målinger beholder deres version.</translation>
    </message>
    <message>
        <source>%1 (job-oriented)</source>
        <translation>%1 (jobrettet)</translation>
    </message>
    <message>
        <source>Its own lists.</source>
        <translation>Egne lister.</translation>
    </message>
    <message>
        <source>The built-in lists.</source>
        <translation>De indbyggede lister.</translation>
    </message>
    <message>
        <source>%1 Kinds of intervention: %2. Why a participation ends: %3.</source>
        <translation>%1 Indsatstyper: %2. Afslutningsårsager: %3.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::LockController</name>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Hide everything behind a lock screen until it is unlocked</source>
        <translation>Skjul alt bag en låseskærm, indtil der låses op</translation>
    </message>
    <message>
        <source>Tilltro — locked</source>
        <translation>Tilltro — låst</translation>
    </message>
    <message>
        <source>Unlock without a password?</source>
        <translation>Lås op uden adgangskode?</translation>
    </message>
    <message>
        <source>No password is set, so anyone at this computer can unlock Tilltro. Set a password under File › Settings to protect it.

Unlock now?</source>
        <translation>Der er ikke angivet nogen adgangskode, så alle ved denne computer kan låse Tilltro op. Angiv en adgangskode under Filer › Indstillinger for at beskytte det.

Lås op nu?</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before you try again.</source>
        <translation>
            <numerusform>Vent %n sekund, før du prøver igen.</numerusform>
            <numerusform>Vent %n sekunder, før du prøver igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password %1 times in a row. Wait %n second(s) before you try again.</source>
        <translation>
            <numerusform>Forkert adgangskode %1 gange i træk. Vent %n sekund, før du prøver igen.</numerusform>
            <numerusform>Forkert adgangskode %1 gange i træk. Vent %n sekunder, før du prøver igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Forkert adgangskode. Prøv igen.</translation>
    </message>
    <message>
        <source>Quit Tilltro?</source>
        <translation>Afslut Tilltro?</translation>
    </message>
    <message>
        <source>Assessments and plans are saved as they are typed and are kept. What was typed in an open dialog and not yet saved with OK is lost.</source>
        <translation>Målinger og planer gemmes, mens de skrives, og bevares. Det, der er skrevet i et åbent vindue og endnu ikke gemt med OK, går tabt.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Tilltro could not save everything, so it does not quit. Try again in a moment.</source>
        <translation>Tilltro kunne ikke gemme alt, så det afslutter ikke. Prøv igen om et øjeblik.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::LockPasswordDialog</name>
    <message>
        <source>Set a lock password</source>
        <translation>Angiv en adgangskode til låsen</translation>
    </message>
    <message>
        <source>Change the lock password</source>
        <translation>Skift adgangskoden til låsen</translation>
    </message>
    <message>
        <source>Remove the lock password</source>
        <translation>Fjern adgangskoden til låsen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuværende adgangskode:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Gentag den nye adgangskode</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;y adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Gentag den nye adgangskode:</translation>
    </message>
    <message>
        <source>Without a password, anyone at this computer can unlock Tilltro.</source>
        <translation>Uden en adgangskode kan alle ved denne computer låse Tilltro op.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Only a salted hash is stored, in your own settings; a forgotten password cannot be read back.</source>
        <translation>
            <numerusform>Mindst %n tegn. Kun en saltet hashværdi gemmes, i dine egne indstillinger; en glemt adgangskode kan ikke læses tilbage.</numerusform>
            <numerusform>Mindst %n tegn. Kun en saltet hashværdi gemmes, i dine egne indstillinger; en glemt adgangskode kan ikke læses tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n character(s).</source>
        <translation>
            <numerusform>Den nye adgangskode skal have mindst %n tegn.</numerusform>
            <numerusform>Den nye adgangskode skal have mindst %n tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new one again twice.</source>
        <translation>De to nye adgangskoder er ikke ens. Skriv den nye to gange igen.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Den nuværende adgangskode er forkert. Intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::LockScreen</name>
    <message>
        <source>Tilltro — locked</source>
        <translation>Tilltro — låst</translation>
    </message>
    <message>
        <source>Tilltro is locked</source>
        <translation>Tilltro er låst</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>A&amp;dgangskode:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>&amp;Quit Tilltro</source>
        <translation>&amp;Afslut Tilltro</translation>
    </message>
    <message>
        <source>Quit Tilltro</source>
        <translation>Afslut Tilltro</translation>
    </message>
    <message>
        <source>No password is set. Choose Unlock to continue.</source>
        <translation>Der er ikke angivet nogen adgangskode. Vælg Lås op for at fortsætte.</translation>
    </message>
    <message>
        <source>Type your password and press Enter.</source>
        <translation>Skriv din adgangskode, og tryk på Enter.</translation>
    </message>
    <message>
        <source>The stored lock password is damaged, so no password can unlock Tilltro. Quit Tilltro (assessments and plans are already saved), start it again and set a new password under File › Settings.</source>
        <translation>Den gemte adgangskode til låsen er beskadiget, så ingen adgangskode kan låse Tilltro op. Afslut Tilltro (målinger og planer er allerede gemt), start det igen, og angiv en ny adgangskode under Filer › Indstillinger.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::MainWindow</name>
    <message>
        <source>Search…</source>
        <translation>Søg…</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Søg i deltagerlisten</translation>
    </message>
    <message>
        <source>Filter by code, name or case worker (Ctrl+F)</source>
        <translation>Filtrér efter kode, navn eller sagsbehandler (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n forsinket</numerusform>
            <numerusform>%n forsinkede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n uden samtykke</numerusform>
            <numerusform>%n uden samtykke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n vist</numerusform>
            <numerusform>%n vist</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the database… Changes are saved as soon as the check is done.</source>
        <translation>Databasen kontrolleres… Ændringer gemmes, så snart kontrollen er færdig.</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Databasen kan ikke oprettes</translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation>Databasen kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>%1

It stays open so that you can read it, but changes cannot be saved until it has been opened again.</source>
        <translation>%1

Den forbliver åben, så du kan læse den, men ændringer kan ikke gemmes, før den er blevet åbnet igen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>%1

Open it read-only instead?</source>
        <translation>%1

Åbn den skrivebeskyttet i stedet?</translation>
    </message>
    <message>
        <source>%1

Open the newest backup (%2) as a new working copy? The damaged file is left as it is.</source>
        <translation>%1

Åbn den nyeste sikkerhedskopi (%2) som en ny arbejdskopi? Den beskadigede fil bliver ikke rørt.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Sikkerhedskopien kan ikke gendannes</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro *.db)</source>
        <translation>Tilltro-databaser (*.tilltro *.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro *.db);;All files (*)</source>
        <translation>Tilltro-databaser (*.tilltro *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro)</source>
        <translation>Tilltro-databaser (*.tilltro)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhedskopieringen mislykkedes</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Sikkerhedskopien er gemt i %1.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>The backup was restored as %1. The backup itself is unchanged.</source>
        <translation>Sikkerhedskopien blev gendannet som %1. Selve sikkerhedskopien er uændret.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) erased after the backup was made were erased again in the copy.</source>
        <translation>
            <numerusform>%n deltager, der blev slettet, efter sikkerhedskopien blev lavet, blev slettet igen i kopien.</numerusform>
            <numerusform>%n deltagere, der blev slettet, efter sikkerhedskopien blev lavet, blev slettet igen i kopien.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Cannot read the caseload</source>
        <translation>Deltagerlisten kan ikke læses</translation>
    </message>
    <message>
        <source>Tilltro — %1</source>
        <translation>Tilltro — %1</translation>
    </message>
    <message>
        <source>Tilltro</source>
        <translation>Tilltro</translation>
    </message>
    <message>
        <source>About Tilltro</source>
        <translation>Om Tilltro</translation>
    </message>
    <message>
        <source>Tilltro %1</source>
        <translation>Tilltro %1</translation>
    </message>
    <message>
        <source>Tilltro helps case workers and participants hold the quarterly SKAPA assessment: both rate the employability indicators from the Danish BIP research, look at how the participant has moved, and agree an action plan towards work or studies.

BIP (Beskæftigelses Indikator Projektet) followed about 4,000 long-term unemployed people and found seven indicators that predict getting a job — the strongest being the case worker&apos;s own belief that the person will get one.

All data stays in the database file on this computer.</source>
        <translation>Tilltro hjælper sagsbehandlere og deltagere med at holde den kvartalsvise SKAPA-måling: begge vurderer beskæftigelsesindikatorerne fra den danske BIP-forskning, ser på, hvordan deltageren har flyttet sig, og aftaler en handleplan mod arbejde eller uddannelse.

BIP (Beskæftigelses Indikator Projektet) fulgte omkring 4.000 langtidsledige og fandt syv indikatorer, der forudsiger, om man får et job — den stærkeste er sagsbehandlerens egen tiltro til, at personen får et.

Alle data bliver i databasefilen på denne computer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Reopen participation</source>
        <translation>Genåbn forløb</translation>
    </message>
    <message>
        <source>Reopen the participation of %1? The end date and reason are removed.</source>
        <translation>Genåbn forløbet for %1? Slutdatoen og årsagen fjernes.</translation>
    </message>
    <message>
        <source>Cannot reopen</source>
        <translation>Kan ikke genåbne</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Slet deltager</translation>
    </message>
    <message>
        <source>Erase everything stored about %1: assessments, action plans, interventions, consents and history? This cannot be undone. Only a note that an erasure took place is kept in the log.</source>
        <translation>Slet alt, hvad der er gemt om %1: målinger, handleplaner, indsatser, samtykker og historik? Det kan ikke fortrydes. Kun en note om, at en sletning fandt sted, bevares i loggen.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>%1 has been erased.</source>
        <translation>%1 er slettet.</translation>
    </message>
    <message>
        <source>An open assessment could not be saved and closed; nothing was erased.</source>
        <translation>En åben måling kunne ikke gemmes og lukkes; intet blev slettet.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Sletning efter frist</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Action plan (PDF)</source>
        <translation>Handleplan (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Register extract: choose a folder</source>
        <translation>Registerudtræk: vælg en mappe</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerudtræk</translation>
    </message>
    <message>
        <source>Register extract saved in %1: %2 and %3.</source>
        <translation>Registerudtrækket er gemt i %1: %2 og %3.</translation>
    </message>
    <message>
        <source>Export (JSON)</source>
        <translation>Eksportér (JSON)</translation>
    </message>
    <message>
        <source>Export only %1? Choose No to export every participant.</source>
        <translation>Eksportér kun %1? Vælg Nej for at eksportere alle deltagere.</translation>
    </message>
    <message>
        <source>Include sensitive information?</source>
        <translation>Medtag følsomme oplysninger?</translation>
    </message>
    <message>
        <source>Include the answers about violence and risky use, and the case worker&apos;s notes? They are left out unless you choose Yes.</source>
        <translation>Medtag svarene om vold og risikabelt forbrug og sagsbehandlerens noter? De udelades, medmindre du vælger Ja.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>Eksporterede %n deltager til %1.</numerusform>
            <numerusform>Eksporterede %n deltagere til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import (JSON)</source>
        <translation>Importér (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Intet blev importeret. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s).</source>
        <translation>
            <numerusform>Importerede %n deltager.</numerusform>
            <numerusform>Importerede %n deltagere.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Ingen målinger endnu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>færdig</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <source>The meeting with this participant is open: the assessment is filled in there.</source>
        <translation>Mødet med denne deltager er åbent: målingen udfyldes der.</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Målingen kan ikke åbnes</translation>
    </message>
    <message>
        <source>Cannot read the assessments</source>
        <translation>Målingerne kan ikke læses</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Fortsæt kladden?</translation>
    </message>
    <message>
        <source>An assessment from %1 was started but not completed. Continue it?</source>
        <translation>En måling fra %1 blev påbegyndt, men ikke gjort færdig. Vil du fortsætte den?</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Intet samtykke</translation>
    </message>
    <message>
        <source>No current consent for registration is recorded for %1. Start the assessment anyway?</source>
        <translation>Der er ikke registreret noget gældende samtykke til registrering for %1. Vil du starte målingen alligevel?</translation>
    </message>
    <message>
        <source>Cannot connect to the team database</source>
        <translation>Kan ikke oprette forbindelse til teamdatabasen</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Teamdatabase: %1</translation>
    </message>
    <message>
        <source>Move to team database</source>
        <translation>Flyt til teamdatabase</translation>
    </message>
    <message>
        <source>There are no participants in this file to move.</source>
        <translation>Der er ingen deltagere i denne fil at flytte.</translation>
    </message>
    <message>
        <source>Erase the participants from the file?</source>
        <translation>Slet deltagerne fra filen?</translation>
    </message>
    <message numerus="yes">
        <source>Once they are in the team database, the %n participant(s) are erased from %1 and its automatic backups. This cannot be undone.</source>
        <translation>
            <numerusform>Når %n deltager er i teamdatabasen, slettes vedkommende fra %1 og fra dens automatiske sikkerhedskopier. Det kan ikke fortrydes.</numerusform>
            <numerusform>Når de %n deltagere er i teamdatabasen, slettes de fra %1 og fra dens automatiske sikkerhedskopier. Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from the file</source>
        <translation>Slet fra filen</translation>
    </message>
    <message>
        <source>Cannot move to the team database</source>
        <translation>Kan ikke flytte til teamdatabasen</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) moved to the team database %1.</source>
        <translation>
            <numerusform>%n deltager blev flyttet til teamdatabasen %1.</numerusform>
            <numerusform>%n deltagere blev flyttet til teamdatabasen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They were erased from the file %1.</source>
        <translation>De blev slettet fra filen %1.</translation>
    </message>
    <message>
        <source>The file %1 is kept as it was, read-only: it opens read-only from now on.</source>
        <translation>Filen %1 er bevaret, som den var, skrivebeskyttet: den åbnes skrivebeskyttet fra nu af.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::MeetingWindow</name>
    <message>
        <source>Easy-&amp;read</source>
        <translation>&amp;Letlæst</translation>
    </message>
    <message>
        <source>Easy-read questions</source>
        <translation>Letlæste spørgsmål</translation>
    </message>
    <message>
        <source>Shorter questions in plain words, in larger type.</source>
        <translation>Kortere spørgsmål med enkle ord og større skrift.</translation>
    </message>
    <message>
        <source>&amp;End meeting</source>
        <translation>&amp;Afslut mødet</translation>
    </message>
    <message>
        <source>Saves everything and goes back to the normal view (Esc).</source>
        <translation>Gemmer alt og går tilbage til den normale visning (Esc).</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left).</source>
        <translation>Det forrige trin (Alt+Venstre).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>The next step (Alt+Right).</source>
        <translation>Det næste trin (Alt+Højre).</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltageren findes ikke længere.</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Fortsæt kladden?</translation>
    </message>
    <message>
        <source>There is a draft assessment from %1. Continue it (it keeps its date)? No starts a new assessment today; the draft stays as it is.</source>
        <translation>Der er en kladde til en måling fra %1. Vil du fortsætte den (den beholder sin dato)? Nej starter en ny måling i dag; kladden forbliver, som den er.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Dine svar</translation>
    </message>
    <message>
        <source>The participant&apos;s part</source>
        <translation>Deltagerens vurdering</translation>
    </message>
    <message>
        <source>The case worker&apos;s part</source>
        <translation>Sagsbehandlerens vurdering</translation>
    </message>
    <message>
        <source>How you have moved</source>
        <translation>Sådan har du flyttet dig</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Resultatet</translation>
    </message>
    <message>
        <source>Follow-up of the plan</source>
        <translation>Opfølgning på planen</translation>
    </message>
    <message>
        <source>The new plan</source>
        <translation>Den nye plan</translation>
    </message>
    <message>
        <source>Next meeting and print</source>
        <translation>Næste møde og udskrift</translation>
    </message>
    <message>
        <source>Leave &amp;meeting mode (F11)</source>
        <translation>Forlad &amp;mødetilstand (F11)</translation>
    </message>
    <message>
        <source>&amp;Meeting mode (F11)</source>
        <translation>&amp;Mødetilstand (F11)</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Forlad mødetilstand</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Mødetilstand</translation>
    </message>
    <message>
        <source>Back to a window for the case worker alone, with the case worker&apos;s part.</source>
        <translation>Tilbage til et vindue kun for sagsbehandleren, med sagsbehandlerens vurdering.</translation>
    </message>
    <message>
        <source>Full screen with large type, showing only what belongs to the participant.</source>
        <translation>Fuld skærm med stor skrift, der kun viser det, der hører til deltageren.</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Møde med %1</translation>
    </message>
    <message>
        <source>Meeting with %1 (case worker&apos;s view)</source>
        <translation>Møde med %1 (sagsbehandlerens visning)</translation>
    </message>
    <message>
        <source>Guided meeting — %1</source>
        <translation>Guidet møde — %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Trin %1 af %2: %3</translation>
    </message>
    <message>
        <source>Back to: %1</source>
        <translation>Tilbage til: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Næste: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>The assessment of %1 is completed; changes are saved and logged.</source>
        <translation>Målingen for %1 er færdig; ændringer gemmes og logges.</translation>
    </message>
    <message>
        <source>Choose the number that fits you best. A number key chooses it, Tab goes to the next question.</source>
        <translation>Vælg det tal, der passer bedst på dig. En taltast vælger det, Tab går til næste spørgsmål.</translation>
    </message>
    <message>
        <source>The participant&apos;s own answers. A number key chooses, Tab goes on.</source>
        <translation>Deltagerens egne svar. En taltast vælger, Tab går videre.</translation>
    </message>
    <message>
        <source>The participant did not take &amp;part</source>
        <translation>Deltageren deltog i&amp;kke</translation>
    </message>
    <message>
        <source>This assessment is marked: the participant did not take part. Leave meeting mode (F11) to change it.</source>
        <translation>Denne måling er markeret: deltageren deltog ikke. Forlad mødetilstand (F11) for at ændre det.</translation>
    </message>
    <message>
        <source>Notes (not printed unless asked for)</source>
        <translation>Noter (udskrives ikke, medmindre du beder om det)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>&amp;Complete the assessment</source>
        <translation>&amp;Færdiggør målingen</translation>
    </message>
    <message>
        <source>Checks that every required question is answered (Ctrl+Return).</source>
        <translation>Kontrollerer, at alle påkrævede spørgsmål er besvaret (Ctrl+Retur).</translation>
    </message>
    <message>
        <source>When you have answered every question, go on with Next (Alt+Right).</source>
        <translation>Når du har besvaret alle spørgsmål, så gå videre med Næste (Alt+Højre).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Not saved: the database of this meeting is no longer open.</source>
        <translation>Ikke gemt: databasen for dette møde er ikke længere åben.</translation>
    </message>
    <message>
        <source>Not saved: %1 Trying again…</source>
        <translation>Ikke gemt: %1 Prøver igen…</translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation>Færdiggør målingen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt %1.</translation>
    </message>
    <message>
        <source>Show b&amp;oth perspectives</source>
        <translation>Vis &amp;begge perspektiver</translation>
    </message>
    <message>
        <source>Also draws the case worker&apos;s rating of the same areas. Remembered for this participant.</source>
        <translation>Tegner også sagsbehandlerens vurdering af de samme områder. Huskes for denne deltager.</translation>
    </message>
    <message>
        <source>This is your first assessment. Next time you will see how you have moved.</source>
        <translation>Dette er din første måling. Næste gang kan du se, hvordan du har flyttet dig.</translation>
    </message>
    <message>
        <source>Since last time there is nothing to compare: answers are missing.</source>
        <translation>Siden sidst er der intet at sammenligne: der mangler svar.</translation>
    </message>
    <message numerus="yes">
        <source>Since last time you have gone up in %1 of %n area(s).</source>
        <translation>
            <numerusform>Siden sidst er du gået op på %1 af %n område.</numerusform>
            <numerusform>Siden sidst er du gået op på %1 af %n områder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same in %1, lower in %2.</source>
        <translation>Det samme på %1, lavere på %2.</translation>
    </message>
    <message>
        <source>Chart of the ratings</source>
        <translation>Diagram over vurderingerne</translation>
    </message>
    <message>
        <source>Change per area</source>
        <translation>Ændring pr. område</translation>
    </message>
    <message>
        <source>The plan has no sub-goals to follow up.</source>
        <translation>Planen har ingen delmål at følge op på.</translation>
    </message>
    <message>
        <source>There is no earlier plan to follow up. Go on to make the first one.</source>
        <translation>Der er ingen tidligere plan at følge op på. Gå videre og lav den første.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>For each sub-goal: how did it go? Sub-goals not yet achieved, or partly achieved, go on into the new plan.</source>
        <translation>For hvert delmål: hvordan gik det? Delmål, der endnu ikke er opnået eller kun delvist opnået, går videre i den nye plan.</translation>
    </message>
    <message>
        <source>The new plan is made: a sub-goal&apos;s status is changed there now. The follow-up can still be written here.</source>
        <translation>Den nye plan er lavet: et delmåls status ændres nu der. Opfølgningen kan stadig skrives her.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Færdig senest: %1</translation>
    </message>
    <message>
        <source>Status of sub-goal %1</source>
        <translation>Status for delmål %1</translation>
    </message>
    <message>
        <source>Follow-up of sub-goal %1</source>
        <translation>Opfølgning på delmål %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Hvordan gik det?</translation>
    </message>
    <message>
        <source>Make a new plan for the coming months: the goal and the sub-goals not yet achieved (or partly achieved) come along, and the follow-up stays with the earlier plan. Or keep working on the plan you have.</source>
        <translation>Lav en ny plan for de kommende måneder: målet og de delmål, der endnu ikke er opnået (eller kun delvist opnået), kommer med, og opfølgningen bliver ved den tidligere plan. Eller arbejd videre med den plan, I har.</translation>
    </message>
    <message>
        <source>Make the first plan: the goal, and a few sub-goals to start with.</source>
        <translation>Lav den første plan: målet og et par delmål til at begynde med.</translation>
    </message>
    <message>
        <source>Make a ne&amp;w plan</source>
        <translation>Lav en n&amp;y plan</translation>
    </message>
    <message>
        <source>Make a &amp;plan</source>
        <translation>Lav en &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Keep the plan we have</source>
        <translation>B&amp;ehold den plan, vi har</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <source>Next meeting &amp;date:</source>
        <translation>Dat&amp;o for næste møde:</translation>
    </message>
    <message>
        <source>The next meeting cannot be before this one (%1).</source>
        <translation>Det næste møde kan ikke ligge før dette (%1).</translation>
    </message>
    <message>
        <source>The next meeting is agreed with the plan: make a plan first.</source>
        <translation>Det næste møde aftales sammen med planen: lav en plan først.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No intervention is running.</source>
        <translation>Ingen indsats er i gang.</translation>
    </message>
    <message>
        <source>Running interventions: %1.</source>
        <translation>Igangværende indsatser: %1.</translation>
    </message>
    <message>
        <source>Pr&amp;int the plan…</source>
        <translation>&amp;Udskriv planen…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>End the meeting?</source>
        <translation>Afslut mødet?</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1

End the meeting anyway? They are lost then.</source>
        <translation>De seneste ændringer kunne ikke gemmes: %1

Vil du afslutte mødet alligevel? Så går de tabt.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Nuværende trin</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::MoveToTeamDialog</name>
    <message>
        <source>Move to team database</source>
        <translation>Flyt til teamdatabase</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) in this file move to the team database with their whole history: assessments, action plans, interventions and log. There they become yours. Sensitive answers and notes go along: the team database is your unit&apos;s own storage.

All or nothing: if the team database refuses one of them (a code already used there), none is moved and both databases stay as they were.</source>
        <translation>
            <numerusform>Filens %n deltager flyttes til teamdatabasen med hele sin historik: målinger, handlingsplaner, indsatser og log. Der bliver deltageren din. Følsomme svar og noter følger med: teamdatabasen er enhedens egen lagring.

Alt eller intet: afviser teamdatabasen deltageren (for eksempel fordi koden allerede bruges der), flyttes intet, og begge databaser forbliver, som de var.</numerusform>
            <numerusform>De %n deltagere i denne fil flyttes til teamdatabasen med hele deres historik: målinger, handlingsplaner, indsatser og log. Der bliver de dine. Følsomme svar og noter følger med: teamdatabasen er enhedens egen lagring.

Alt eller intet: afviser teamdatabasen en af dem (for eksempel en kode, der allerede bruges der), flyttes ingen, og begge databaser forbliver, som de var.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flyt</translation>
    </message>
    <message>
        <source>&amp;Keep the file unchanged and read-only</source>
        <translation>&amp;Behold filen uændret og skrivebeskyttet</translation>
    </message>
    <message>
        <source>Keep the file unchanged and read-only</source>
        <translation>Behold filen uændret og skrivebeskyttet</translation>
    </message>
    <message>
        <source>The file keeps the participants as they were; it opens read-only from now on.</source>
        <translation>Filen beholder deltagerne, som de var; den åbnes skrivebeskyttet fra nu af.</translation>
    </message>
    <message>
        <source>&amp;Erase the participants from the file</source>
        <translation>&amp;Slet deltagerne fra filen</translation>
    </message>
    <message>
        <source>Erase the participants from the file</source>
        <translation>Slet deltagerne fra filen</translation>
    </message>
    <message>
        <source>They are erased from the file and its automatic backups. This cannot be undone.</source>
        <translation>De slettes fra filen og fra dens automatiske sikkerhedskopier. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>After the move</source>
        <translation>Efter flytningen</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::OccasionForm</name>
    <message>
        <source>The participant did not take part</source>
        <translation>Deltageren deltog ikke</translation>
    </message>
    <message>
        <source>The assessment is completed without the participant&apos;s part. Make a new assessment for the participant&apos;s answers.</source>
        <translation>Målingen er færdig uden deltagerens vurdering. Lav en ny måling til deltagerens svar.</translation>
    </message>
    <message numerus="yes">
        <source>The participant&apos;s part has %n answer(s). They are removed when the participant did not take part. Remove them?</source>
        <translation>
            <numerusform>Deltagerens vurdering har %n svar. Det fjernes, når deltageren ikke deltog. Vil du fjerne det?</numerusform>
            <numerusform>Deltagerens vurdering har %n svar. De fjernes, når deltageren ikke deltog. Vil du fjerne dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant did not take &amp;part</source>
        <translation>Deltageren deltog i&amp;kke</translation>
    </message>
    <message>
        <source>The assessment has the case worker&apos;s part only. It is left out of the participant&apos;s chart and change table.</source>
        <translation>Målingen har kun sagsbehandlerens vurdering. Den udelades i deltagerens diagram og ændringstabel.</translation>
    </message>
    <message>
        <source>Completed. Changes are saved and logged.</source>
        <translation>Færdig. Ændringer gemmes og logges.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny måling</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltageren findes ikke længere.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>Målingen findes ikke længere.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>No intervention is running.</source>
        <translation>Ingen indsats er i gang.</translation>
    </message>
    <message>
        <source>Running: %1.</source>
        <translation>I gang: %1.</translation>
    </message>
    <message>
        <source>No job-oriented intervention runs in parallel.</source>
        <translation>Ingen jobrettet indsats kører parallelt.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months of the participation.</source>
        <translation>
            <numerusform>%n dag uden nogen indsats i forløbets sidste tre måneder.</numerusform>
            <numerusform>%n dage uden nogen indsats i forløbets sidste tre måneder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months.</source>
        <translation>
            <numerusform>%n dag uden nogen indsats i de sidste tre måneder.</numerusform>
            <numerusform>%n dage uden nogen indsats i de sidste tre måneder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the assessment?</source>
        <translation>Luk målingen?</translation>
    </message>
    <message>
        <source>The date on screen has not been saved; the assessment keeps the date %1. Close it anyway?</source>
        <translation>Datoen på skærmen er ikke gemt; målingen beholder datoen %1. Vil du lukke den alligevel?</translation>
    </message>
    <message>
        <source>You have changed the assessment since you last saved. Close it now?

The changes are saved whichever you choose.</source>
        <translation>Du har ændret målingen, siden du sidst gemte. Vil du lukke den nu?

Ændringerne gemmes, uanset hvad du vælger.</translation>
    </message>
    <message>
        <source>You have typed in the assessment since you last saved. Close it now?

What you typed is kept as a draft whichever you choose.</source>
        <translation>Du har skrevet i målingen, siden du sidst gemte. Vil du lukke den nu?

Det, du skrev, bevares som kladde, uanset hvad du vælger.</translation>
    </message>
    <message>
        <source>The participant did not take part. Next: the case worker&apos;s part. Press Enter to go on.</source>
        <translation>Deltageren deltog ikke. Næste: sagsbehandlerens vurdering. Tryk på Enter for at gå videre.</translation>
    </message>
    <message>
        <source>The participant&apos;s part is done. Next: the case worker&apos;s part. Press Enter to go on.</source>
        <translation>Deltagerens vurdering er færdig. Næste: sagsbehandlerens vurdering. Tryk på Enter for at gå videre.</translation>
    </message>
    <message>
        <source>This is the end of the participant&apos;s part. Not answered yet: %1.</source>
        <translation>Her slutter deltagerens vurdering. Endnu ikke besvaret: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 Trying again…</source>
        <translation>Ikke gemt: %1 Prøver igen…</translation>
    </message>
    <message>
        <source>Changes saved %1 (logged).</source>
        <translation>Ændringer gemt %1 (logget).</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Kladde gemt %1.</translation>
    </message>
    <message>
        <source>The assessment could not be completed: it was not saved.</source>
        <translation>Målingen kunne ikke gøres færdig: den blev ikke gemt.</translation>
    </message>
    <message>
        <source>Assessment %1 — %2</source>
        <translation>Måling %1 — %2</translation>
    </message>
    <message>
        <source>The changes could not be saved, so the form stays open. %1</source>
        <translation>Ændringerne kunne ikke gemmes, så skemaet forbliver åbent. %1</translation>
    </message>
    <message>
        <source>No intervention ran at this assessment</source>
        <translation>Ingen indsats ved målingen</translation>
    </message>
    <message>
        <source>Records that no intervention ran, so that it is not read as unknown. Possible only when no intervention runs on the date of the assessment.</source>
        <translation>Noterer, at ingen indsats var i gang, så det ikke læses som ukendt. Kun muligt, når ingen indsats er i gang på målingens dato.</translation>
    </message>
    <message>
        <source>Recorded as &quot;no intervention&quot;, yet one runs on the date: untick it.</source>
        <translation>Noteret som &quot;ingen indsats&quot;, men en indsats er i gang den dag: fjern krydset.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Discard: your changes are thrown away and the form closes; open the assessment again to see the stored version.</source>
        <translation>Forkast: dine ændringer kasseres, og formularen lukkes; åbn målingen igen for at se den gemte version.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>%1

Close the form anyway? What was typed since the last save is lost.</source>
        <translation>%1

Luk formularen alligevel? Det, der er skrevet siden sidste gemning, går tabt.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::ParticipantDialog</name>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Denne deltager findes ikke længere.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deltager %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (ikke længere aktiv)</translation>
    </message>
    <message>
        <source>No case worker</source>
        <translation>Ingen sagsbehandler</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Add the new consent to the list, or cancel it, before saving.</source>
        <translation>Tilføj det nye samtykke til listen, eller annuller det, før du gemmer.</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Udveksling af oplysninger</translation>
    </message>
    <message>
        <source>Exchange of information with %1</source>
        <translation>Udveksling af oplysninger med %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Say with whom information may be exchanged.</source>
        <translation>Angiv, med hvem der må udveksles oplysninger.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::ParticipantView</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltager %1</translation>
    </message>
    <message>
        <source>Case worker %1</source>
        <translation>Sagsbehandler %1</translation>
    </message>
    <message>
        <source>Cannot open the participant</source>
        <translation>Deltageren kan ikke åbnes</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Første</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Siden forrige</translation>
    </message>
    <message>
        <source>Since first</source>
        <translation>Siden første</translation>
    </message>
    <message>
        <source>★ BIP: predicts getting a job</source>
        <translation>★ BIP: forudsiger, om man får et job</translation>
    </message>
    <message>
        <source>Change shows from the second completed assessment.</source>
        <translation>Ændringen vises fra den anden færdige måling.</translation>
    </message>
    <message>
        <source>Since the previous assessment: %1 improved, %2 unchanged, %3 worsened.</source>
        <translation>Siden den forrige måling: %1 forbedret, %2 uændret, %3 forværret.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Radar chart of the chosen assessments</source>
        <translation>Radardiagram over de valgte målinger</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>Radardiagram</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Tilføj indsats…</translation>
    </message>
    <message>
        <source>Edit intervention…</source>
        <translation>Rediger indsats…</translation>
    </message>
    <message>
        <source>End intervention…</source>
        <translation>Afslut indsats…</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltageren findes ikke længere.</translation>
    </message>
    <message>
        <source>The signals could not be read: %1</source>
        <translation>Signalerne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Signals:</source>
        <translation>Signaler:</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>work</source>
        <translation>arbejde</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>uddannelse</translation>
    </message>
    <message>
        <source>Case worker: %1</source>
        <translation>Sagsbehandler: %1</translation>
    </message>
    <message>
        <source>Next meeting %1 (agreed; overdue)</source>
        <translation>Næste møde %1 (aftalt; forsinket)</translation>
    </message>
    <message>
        <source>Next assessment %1 (overdue)</source>
        <translation>Næste måling %1 (forsinket)</translation>
    </message>
    <message>
        <source>Next meeting %1 (agreed)</source>
        <translation>Næste møde %1 (aftalt)</translation>
    </message>
    <message>
        <source>Next assessment %1</source>
        <translation>Næste måling %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Afsluttet %1</translation>
    </message>
    <message>
        <source> (start)</source>
        <translation> (start)</translation>
    </message>
    <message>
        <source> — draft</source>
        <translation> — kladde</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, running</source>
        <translation>fra %1, i gang</translation>
    </message>
    <message>
        <source>A job-oriented intervention runs in parallel with another.</source>
        <translation>En jobrettet indsats kører parallelt med en anden.</translation>
    </message>
    <message>
        <source>No job-oriented intervention in the last three months of the participation.</source>
        <translation>Ingen jobrettet indsats i forløbets sidste tre måneder.</translation>
    </message>
    <message>
        <source>No job-oriented intervention in the last three months.</source>
        <translation>Ingen jobrettet indsats i de sidste tre måneder.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months of the participation.</source>
        <translation>
            <numerusform>%n dag uden nogen indsats i forløbets sidste tre måneder.</numerusform>
            <numerusform>%n dage uden nogen indsats i forløbets sidste tre måneder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months.</source>
        <translation>
            <numerusform>%n dag uden nogen indsats i de sidste tre måneder.</numerusform>
            <numerusform>%n dage uden nogen indsats i de sidste tre måneder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick an assessment to compare.</source>
        <translation>Markér en måling for at sammenligne.</translation>
    </message>
    <message>
        <source>The case worker&apos;s rating is from %1, the latest ticked assessment.</source>
        <translation>Sagsbehandlerens vurdering er fra %1, den seneste markerede måling.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::PlanEditor</name>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <source>Next &amp;meeting:</source>
        <translation>Næste &amp;møde:</translation>
    </message>
    <message>
        <source>Agreed with the participant: shown in the caseload as the next date, and on the printed plan.</source>
        <translation>Aftalt med deltageren: vises i deltagerlisten som næste dato og på den udskrevne plan.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>what</source>
        <translation>hvad</translation>
    </message>
    <message>
        <source>why</source>
        <translation>hvorfor</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indikatorer</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>målniveau</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>færdig senest</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opfølgning</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>aktiviteter</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>no assessment</source>
        <translation>ingen måling</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Aftalt %1</translation>
    </message>
    <message>
        <source>No action plan yet. Start one with New plan.</source>
        <translation>Ingen handleplan endnu. Start en med Ny plan.</translation>
    </message>
    <message>
        <source>An earlier plan: shown as it was agreed, not editable.</source>
        <translation>En tidligere plan: vist, som den blev aftalt, kan ikke redigeres.</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ingen tekst endnu)</translation>
    </message>
    <message>
        <source>Sub-goal %1</source>
        <translation>Delmål %1</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gjort</translation>
    </message>
    <message>
        <source>Not saved: %1 Trying again…</source>
        <translation>Ikke gemt: %1 Prøver igen…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Discard: your changes are thrown away and the stored plan is shown.</source>
        <translation>Forkast: dine ændringer kasseres, og den gemte plan vises.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::RatingRow</name>
    <message>
        <source>Sensitive — left out of prints unless asked for</source>
        <translation>Følsomt — udelades i udskrifter, medmindre du beder om det</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tast %1</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Endnu ikke besvaret</translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation>Sidste gang: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::SettingsDialog</name>
    <message>
        <source>Choose a logo</source>
        <translation>Vælg et logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ikke valgt endnu</translation>
    </message>
    <message>
        <source>None: anyone can unlock.</source>
        <translation>Ingen: alle kan låse op.</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Angivet.</translation>
    </message>
    <message>
        <source>Damaged: no password can unlock. Set a new one.</source>
        <translation>Beskadiget: ingen adgangskode kan låse op. Angiv en ny.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Angiv &amp;adgangskode…</translation>
    </message>
    <message>
        <source>Change the lock password</source>
        <translation>Skift adgangskoden til låsen</translation>
    </message>
    <message>
        <source>Set a lock password</source>
        <translation>Angiv en adgangskode til låsen</translation>
    </message>
    <message>
        <source>Remove the lock password</source>
        <translation>Fjern adgangskoden til låsen</translation>
    </message>
    <message>
        <source>Lock password: %1</source>
        <translation>Adgangskode til låsen: %1</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read as an image.</source>
        <translation>Logoet %1 kan ikke læses som et billede.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language of the window. Changing it opens the window again at once; everything is saved first.</source>
        <translation>Vinduets sprog. Når du skifter, åbnes vinduet igen med det samme; alt gemmes først.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>Set by the administratör of the team database</source>
        <translation>Sættes af teamdatabasens administrator</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::StatisticsDialog</name>
    <message>
        <source>Statistics for the unit</source>
        <translation>Statistik for enheden</translation>
    </message>
    <message>
        <source>Merged statistics</source>
        <translation>Sammenlagt statistik</translation>
    </message>
    <message>
        <source>From the &amp;beginning</source>
        <translation>Fra &amp;begyndelsen</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens første dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sidste dag</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>All handledare</source>
        <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
        <source>&amp;Handledare:</source>
        <translation>&amp;Sagsbehandler:</translation>
    </message>
    <message>
        <source>All deltagare</source>
        <translation>Alle deltagere</translation>
    </message>
    <message>
        <source>With a %1 insats</source>
        <translation>Med en %1 indsats</translation>
    </message>
    <message>
        <source>&amp;Deltagare:</source>
        <translation>&amp;Deltagere:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>&amp;Nøgletal</translation>
    </message>
    <message>
        <source>Change per indicator</source>
        <translation>Ændring pr. indikator</translation>
    </message>
    <message>
        <source>Bars: the share of deltagare who went down, stayed the same and went up on each indicator. The table below gives the same figures.</source>
        <translation>Søjler: andelen af deltagere, der gik ned, forblev det samme og gik op på hver indikator. Tabellen nedenfor giver de samme tal.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Quartiles</source>
        <translation>Kvartiler</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Samme</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>&amp;Change per indicator</source>
        <translation>Ændring pr. &amp;indikator</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Gem PD&amp;F…</translation>
    </message>
    <message>
        <source>Save &amp;summary (JSON)…</source>
        <translation>Gem &amp;opgørelse (JSON)…</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>Gem CS&amp;V…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The anonymous summary, to merge with other handledare&apos;s summaries (Arkiv › Slå ihop statistik). It holds no name, code or free text.</source>
        <translation>Den anonyme opgørelse, der kan lægges sammen med andre sagsbehandleres opgørelser (Filer › Læg statistik sammen). Den indeholder intet navn, ingen kode og ingen fritekst.</translation>
    </message>
    <message>
        <source>Handledare: %1</source>
        <translation>Sagsbehandler: %1</translation>
    </message>
    <message>
        <source>Insatser: %1</source>
        <translation>Indsatser: %1</translation>
    </message>
    <message>
        <source>The first day of the period is after the last.</source>
        <translation>Periodens første dag er efter den sidste.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n summaries: %1</source>
        <translation>
            <numerusform>Lagt sammen fra %n opgørelse: %1</numerusform>
            <numerusform>Lagt sammen fra %n opgørelser: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure rests on fewer than 5 deltagare: a smaller group reads &quot;%1&quot;.</source>
        <translation>Intet tal bygger på færre end 5 deltagere: for en mindre gruppe står der &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deltagare in the period</source>
        <translation>Deltagere i perioden</translation>
    </message>
    <message>
        <source>Completed assessments</source>
        <translation>Færdige målinger</translation>
    </message>
    <message>
        <source>Deltagare with two assessments or more</source>
        <translation>Deltagere med to målinger eller flere</translation>
    </message>
    <message>
        <source>Overdue assessments at the end of the period</source>
        <translation>Forsinkede målinger ved periodens slutning</translation>
    </message>
    <message>
        <source>Parallel insatser</source>
        <translation>Parallelle indsatser</translation>
    </message>
    <message>
        <source>A job-oriented insats in parallel with another (BIP: 18 %)</source>
        <translation>En jobrettet indsats parallelt med en anden (BIP: 18 %)</translation>
    </message>
    <message>
        <source>Changed handledare in the period</source>
        <translation>Skiftede sagsbehandler i perioden</translation>
    </message>
    <message>
        <source>Belief at the first assessment: %1</source>
        <translation>Tiltro ved den første måling: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no insats</source>
        <translation>ingen indsats</translation>
    </message>
    <message>
        <source>Ended, with %1</source>
        <translation>Afsluttet, med %1</translation>
    </message>
    <message>
        <source>%1 (work %2, studies %3, other %4)</source>
        <translation>%1 (arbejde %2, uddannelse %3, andet %4)</translation>
    </message>
    <message>
        <source>Change per indicator, the deltagare&apos;s own rating</source>
        <translation>Ændring pr. indikator, deltagerens egen vurdering</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>Statistik %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Save the statistics as PDF</source>
        <translation>Gem statistikken som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the anonymous summary</source>
        <translation>Gem den anonyme opgørelse</translation>
    </message>
    <message>
        <source>Statistics summary (*.json)</source>
        <translation>Statistikopgørelse (*.json)</translation>
    </message>
    <message>
        <source>Save the statistics as CSV</source>
        <translation>Gem statistikken som CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summaries to merge</source>
        <translation>Opgørelser, der skal lægges sammen</translation>
    </message>
    <message>
        <source>Statistics summaries (*.json)</source>
        <translation>Statistikopgørelser (*.json)</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Intet blev lagt sammen</translation>
    </message>
    <message>
        <source>%1 is not a statistics summary from Tilltro:
%2</source>
        <translation>%1 er ikke en statistikopgørelse fra Tilltro:
%2</translation>
    </message>
    <message>
        <source>Statistics views</source>
        <translation>Statistikvisninger</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::StatusLabel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::TeamDatabaseDialog</name>
    <message>
        <source>case worker</source>
        <translation>sagsbehandler</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>The connection works: PostgreSQL %1, %2.</source>
        <translation>Forbindelsen virker: PostgreSQL %1, %2.</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>krypteret (%1)</translation>
    </message>
    <message>
        <source>not encrypted (a socket on this computer)</source>
        <translation>ikke krypteret (en socket på denne computer)</translation>
    </message>
    <message>
        <source>Logged in as %1, who has no role in Tilltro: ask your IT department to give the login one.</source>
        <translation>Logget ind som %1, der ikke har nogen rolle i Tilltro: bed IT-afdelingen om at give brugeren en rolle.</translation>
    </message>
    <message>
        <source>Logged in as %1: %2.</source>
        <translation>Logget ind som %1: %2.</translation>
    </message>
    <message>
        <source>Logged in as %1: %2 (%3).</source>
        <translation>Logget ind som %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Database version %1 (this program: %2).</source>
        <translation>Databaseversion %1 (dette program: %2).</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Opret forbindelse til teamdatabase</translation>
    </message>
    <message>
        <source>Address of the team database</source>
        <translation>Teamdatabasens adresse</translation>
    </message>
    <message>
        <source>Your IT department gives you the address of your unit&apos;s team database. Tilltro never stores a password: you are logged in by Kerberos, a client certificate, ~/.pgpass or a service file, as your IT department has set it up. The connection must be encrypted, with a server certificate that can be verified.

Your own database file stays as it is. To go back to it: File › Open recent.</source>
        <translation>IT-afdelingen giver dig adressen på enhedens teamdatabase. Tilltro gemmer aldrig en adgangskode: du logges ind med Kerberos, et klientcertifikat, ~/.pgpass eller en servicefil, sådan som IT-afdelingen har sat det op. Forbindelsen skal være krypteret, med et servercertifikat, der kan verificeres.

Din egen databasefil forbliver, som den er. Du kommer tilbage til den med Filer › Åbn seneste.</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Kontrollér forbindelsen</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Kontrollér forbindelsen</translation>
    </message>
    <message>
        <source>Connects to the server, says what it found and disconnects again.</source>
        <translation>Opretter forbindelse til serveren, viser hvad den fandt, og afbryder igen.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Kontrollerer forbindelsen…</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::TimelineWidget</name>
    <message>
        <source>Timeline of insatser and assessments</source>
        <translation>Tidslinje over indsatser og målinger</translation>
    </message>
    <message>
        <source>No participation period to show.</source>
        <translation>Ingen forløbsperiode at vise.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Fra %1 til %2.</translation>
    </message>
    <message>
        <source>Insats, %1: %2, %3 to %4.</source>
        <translation>Indsats, %1: %2, %3 til %4.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>i gang</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any insats.</source>
        <translation>
            <numerusform>%n dag uden nogen indsats.</numerusform>
            <numerusform>%n dage uden nogen indsats.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>intet svar</translation>
    </message>
    <message>
        <source>Assessment %1: %2 %3, goal-directedness %4, belief %5.</source>
        <translation>Måling %1: %2 %3, målrettethed %4, tiltro %5.</translation>
    </message>
    <message>
        <source>No insats</source>
        <translation>Ingen indsats</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deltagare)</source>
        <translation>%1 (deltager)</translation>
    </message>
    <message>
        <source>Goal-directedness</source>
        <translation>Målrettethed</translation>
    </message>
    <message>
        <source>Belief</source>
        <translation>Tiltro</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Målinger</translation>
    </message>
</context>
<context>
    <name>tilltro::workspace::Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åben.</translation>
    </message>
    <message>
        <source>Completed the clean-up of an earlier erasure.</source>
        <translation>Oprydningen efter en tidligere sletning er fuldført.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: %1</translation>
    </message>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Denne deltager findes ikke længere.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not a file this program wrote.</source>
        <translation>%1 er større end %2 MB: det er ikke en fil, som dette program har skrevet.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>The setting %1 is not an instrument&apos;s number: %2</source>
        <translation>Indstillingen %1 er ikke et instruments nummer: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a team database: it is set up on the server with the scripts in sql/team/ (docs/team-mode.md), not created by Tilltro.</source>
        <translation>%1 er en teamdatabase: den sættes op på serveren med scripts i sql/team/ (docs/team-mode.md), den oprettes ikke af Tilltro.</translation>
    </message>
    <message>
        <source>Fictional deltagare go into a database file of their own, never into a team database.</source>
        <translation>Opdigtede deltagere kommer i en egen databasefil, aldrig i en teamdatabase.</translation>
    </message>
    <message>
        <source>A team database is backed up on its server by the IT department (docs/team-mode.md), not copied to a file here.</source>
        <translation>En teamdatabase sikkerhedskopieres på sin server af IT-afdelingen (docs/team-mode.md), ikke til en fil her.</translation>
    </message>
    <message>
        <source>In a team database the administratör erases a deltagare on the server (tilltro_erase), where it is done once for the whole unit and its backups. Nothing was erased.</source>
        <translation>I en teamdatabase sletter administratoren en deltager på serveren (tilltro_erase), hvor det gøres én gang for hele enheden og dens sikkerhedskopier. Intet blev slettet.</translation>
    </message>
    <message>
        <source>The login is not connected to a handledare in the team database.</source>
        <translation>Login er ikke knyttet til nogen handledare i teamdatabasen.</translation>
    </message>
    <message>
        <source>The deltagare of %1 were moved to the team database %2. The file is kept as it was, read-only.</source>
        <translation>Deltagerne i %1 er flyttet til teamdatabasen %2. Filen er bevaret, som den var, skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Only a database file opened for editing can be moved into a team database.</source>
        <translation>Kun en databasefil, der er åbnet til redigering, kan flyttes til en teamdatabase.</translation>
    </message>
    <message>
        <source>The database has no deltagare to move.</source>
        <translation>Databasen har ingen deltagere at flytte.</translation>
    </message>
    <message>
        <source>The move could not be recorded in the file: %1</source>
        <translation>Flytningen kunne ikke registreres i filens log: %1</translation>
    </message>
    <message>
        <source>The deltagare are in the team database, but could not be erased from %1: %2 Erase them there, or remove the file.</source>
        <translation>Deltagerne er i teamdatabasen, men kunne ikke slettes fra %1: %2 Slet dem der, eller fjern filen.</translation>
    </message>
    <message>
        <source>%1 could not be made read-only; it still holds the deltagare.</source>
        <translation>%1 kunne ikke gøres skrivebeskyttet; den indeholder stadig deltagerne.</translation>
    </message>
</context>
</TS>
