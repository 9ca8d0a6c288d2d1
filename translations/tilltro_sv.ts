<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>The assessments were made with different versions of the instrument; only the %n indicator(s) found in all of them are compared.</source>
        <translation>
            <numerusform>Skattningarna gjordes med olika versioner av instrumentet; bara den %n indikator som finns i alla jämförs.</numerusform>
            <numerusform>Skattningarna gjordes med olika versioner av instrumentet; bara de %n indikatorer som finns i alla jämförs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The database is open read-only. Exporting the log is recorded in the log, so it needs the database open for editing.</source>
        <translation>Databasen är öppen skrivskyddad. En export av loggen förs in i loggen och kräver därför att databasen är öppen för redigering.</translation>
    </message>
    <message>
        <source>The export is recorded in the log, but %1 could not be written: %2</source>
        <translation>Exporten är införd i loggen, men %1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Loggposter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Save the log as a CSV file for a log review (spreadsheet)</source>
        <translation>Spara loggen som CSV-fil för logguppföljning (kalkylblad)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (återställd %2)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 finns redan. Välj ett annat namn. En befintlig fil skrivs aldrig över.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot write the backup in %1: %2. Nothing was written.</source>
        <translation>Det går inte att skriva säkerhetskopian i %1: %2. Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>The backup to %1 could not be written (%2): the disk may be full or failing. Nothing was written.</source>
        <translation>Det gick inte att skriva säkerhetskopian till %1 (%2). Disken kan vara full eller trasig. Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>The copy %1 could not be prepared (%2). Nothing was written.</source>
        <translation>Det gick inte att förbereda kopian %1 (%2). Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>The backup to %1 could not be written to the disk. Nothing was written.</source>
        <translation>Det gick inte att skriva säkerhetskopian %1 till disken. Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written.</source>
        <translation>Det går inte att skriva säkerhetskopian %1: %2. Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Det går inte att skapa mappen för säkerhetskopior %1.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted; delete it by hand.</source>
        <translation>Det gick inte att ta bort den gamla säkerhetskopian %1. Ta bort den för hand.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Det går inte att återställa säkerhetskopian: %1</translation>
    </message>
</context>
<context>
    <name>BlankForm</name>
    <message>
        <source>The participant&apos;s part</source>
        <translation>Deltagarens skattning</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Dina svar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>You can think about the questions before the meeting. Tick one box for each question: the number that fits you best, or one of the boxes below it. At the meeting you and your case worker go through your answers together.</source>
        <translation>Tänk gärna igenom frågorna före mötet. Kryssa i en ruta för varje fråga: den siffra som passar dig bäst, eller en av rutorna under. På mötet går du och din handledare igenom svaren tillsammans.</translation>
    </message>
    <message>
        <source>Read the questions before the meeting.
Put a cross in one box for each question.
We talk about your answers at the meeting.</source>
        <translation>Läs frågorna före mötet.
Sätt ett kryss i en ruta för varje fråga.
Vi pratar om dina svar på mötet.</translation>
    </message>
    <message>
        <source>Write a number from %1 to %2:</source>
        <translation>Skriv ett tal från %1 till %2:</translation>
    </message>
    <message>
        <source>Blank form %1</source>
        <translation>Blankett %1</translation>
    </message>
    <message>
        <source>Blank form %1 (easy-read)</source>
        <translation>Blankett %1 (lättläst)</translation>
    </message>
    <message>
        <source>The form could not be drawn.</source>
        <translation>Blanketten kunde inte ritas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>Det gick inte att skapa demodata: %1</translation>
    </message>
    <message>
        <source>Created %1 with fictional deltagare.</source>
        <translation>Skapade %1 med påhittade deltagare.</translation>
    </message>
    <message>
        <source>%1: database version %2 (this program: %3), integrity ok.</source>
        <translation>%1: databasversion %2 (det här programmet: %3), integriteten är ok.</translation>
    </message>
    <message>
        <source>It will be updated when opened for editing.</source>
        <translation>Den uppdateras när den öppnas för redigering.</translation>
    </message>
    <message>
        <source>[protected]</source>
        <translation>[skyddad]</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Tilltro %1</source>
        <translation>Tilltro %1</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Underkommandot.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasfilen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Oväntade argument: %1</translation>
    </message>
    <message>
        <source>%1 needs --database PATH.</source>
        <translation>%1 behöver --database PATH.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 behöver --%2.</translation>
    </message>
    <message>
        <source>--participant needs the code of a deltagare.</source>
        <translation>--participant behöver en deltagares kod.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deltagare to %1.</source>
        <translation>
            <numerusform>Exporterade %n deltagare till %1.</numerusform>
            <numerusform>Exporterade %n deltagare till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers to sensitive questions and notes were left out; use --include-sensitive to include them.</source>
        <translation>Svar på känsliga frågor och anteckningar togs inte med. Använd --include-sensitive för att ta med dem.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 and imported %n deltagare.</source>
        <translation>
            <numerusform>Skapade %1 och importerade %n deltagare.</numerusform>
            <numerusform>Skapade %1 och importerade %n deltagare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n deltagare into %1.</source>
        <translation>
            <numerusform>Importerade %n deltagare till %1.</numerusform>
            <numerusform>Importerade %n deltagare till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export only the deltagare with this code.</source>
        <translation>Exportera bara deltagaren med den här koden.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>JSON-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Include answers to sensitive questions and notes.</source>
        <translation>Ta med svar på känsliga frågor och anteckningar.</translation>
    </message>
    <message>
        <source>The JSON file to read.</source>
        <translation>JSON-filen som ska läsas.</translation>
    </message>
    <message>
        <source>export-pdf needs --participant CODE.</source>
        <translation>export-pdf behöver --participant KOD.</translation>
    </message>
    <message>
        <source>export-pdf needs --output FILE.</source>
        <translation>export-pdf behöver --output FIL.</translation>
    </message>
    <message>
        <source>No deltagare has the code %1.</source>
        <translation>Ingen deltagare har koden %1.</translation>
    </message>
    <message>
        <source>Wrote the action plan of %1 to %2.</source>
        <translation>Handlingsplanen för %1 sparades i %2.</translation>
    </message>
    <message>
        <source>The code of the deltagare.</source>
        <translation>Deltagarens kod.</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>PDF-filen som ska skrivas (ersätts om den finns).</translation>
    </message>
    <message>
        <source>Include sensitive information (Våld, Riskbruk, the notes).</source>
        <translation>Ta med känsliga uppgifter (våld, riskbruk, anteckningarna).</translation>
    </message>
    <message>
        <source>Easy-read: larger type and plain wording.</source>
        <translation>Lättläst: större text och enklare ord.</translation>
    </message>
    <message numerus="yes">
        <source>%n older automatic backup(s) holding the erased data were deleted and replaced by a new one.</source>
        <translation>
            <numerusform>%n äldre automatisk säkerhetskopia med de raderade uppgifterna togs bort och ersattes av en ny.</numerusform>
            <numerusform>%n äldre automatiska säkerhetskopior med de raderade uppgifterna togs bort och ersattes av en ny.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs --output FILE.</source>
        <translation>backup behöver --output FIL.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 finns redan. Välj ett annat namn. En befintlig fil skrivs aldrig över.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Säkerhetskopian sparades i %1.</translation>
    </message>
    <message>
        <source>erase needs --participant CODE.</source>
        <translation>erase behöver --participant KOD.</translation>
    </message>
    <message>
        <source>Erasing %1 permanently deletes the deltagare and everything stored about them (occasions, answers, notes, plans, insatser, consent). It cannot be undone. Nothing was changed; add --yes to erase.</source>
        <translation>Om du raderar %1 tas deltagaren och allt som finns sparat om deltagaren bort för alltid (skattningar, svar, anteckningar, handlingsplaner, insatser, samtycken). Det går inte att ångra. Ingenting har ändrats. Lägg till --yes för att radera.</translation>
    </message>
    <message>
        <source>No deltagare has the code %1; nothing was erased.</source>
        <translation>Ingen deltagare har koden %1. Ingenting har raderats.</translation>
    </message>
    <message>
        <source>Erased %1 and everything stored about them.</source>
        <translation>Raderade %1 och allt som fanns sparat om deltagaren.</translation>
    </message>
    <message>
        <source>Copies made outside Tilltro (exports, backups saved elsewhere) must be deleted by hand.</source>
        <translation>Kopior som har gjorts utanför Tilltro (exporter, säkerhetskopior som sparats på andra ställen) måste tas bort för hand.</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>Säkerhetskopian som ska skrivas (får inte finnas).</translation>
    </message>
    <message>
        <source>The code of the deltagare to erase.</source>
        <translation>Koden för deltagaren som ska raderas.</translation>
    </message>
    <message>
        <source>Confirm: erasing cannot be undone.</source>
        <translation>Bekräfta: en radering går inte att ångra.</translation>
    </message>
    <message>
        <source>extract needs --participant CODE.</source>
        <translation>extract behöver --participant KOD.</translation>
    </message>
    <message>
        <source>extract needs --output FOLDER.</source>
        <translation>extract behöver --output MAPP.</translation>
    </message>
    <message>
        <source>Wrote the register extract of %1:</source>
        <translation>Registerutdraget för %1 skrevs:</translation>
    </message>
    <message>
        <source>The folder to write the two files to (an existing file is never replaced).</source>
        <translation>Mappen som de två filerna skrivs till (en befintlig fil ersätts aldrig).</translation>
    </message>
    <message>
        <source>--years needs a whole number of years (1 or more).</source>
        <translation>--years behöver ett helt antal år (1 eller fler).</translation>
    </message>
    <message>
        <source>--yes only goes with --erase.</source>
        <translation>--yes hör bara ihop med --erase.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s), so the limit is %1.</source>
        <translation>
            <numerusform>Gallringsfrist: %n år, så gränsen är %1.</numerusform>
            <numerusform>Gallringsfrist: %n år, så gränsen är %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deltagare ended before the limit.</source>
        <translation>
            <numerusform>%n deltagare avslutades före gränsen.</numerusform>
            <numerusform>%n deltagare avslutades före gränsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erasing permanently deletes these %n deltagare and everything stored about them (%1). It cannot be undone. Nothing was changed; add --yes to erase them.</source>
        <translation>
            <numerusform>Radering tar bort %n deltagare och allt som finns lagrat om deltagaren (%1) för alltid. Det går inte att ångra. Inget ändrades; lägg till --yes för att radera.</numerusform>
            <numerusform>Radering tar bort dessa %n deltagare och allt som finns lagrat om dem (%1) för alltid. Det går inte att ångra. Inget ändrades; lägg till --yes för att radera dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n deltagare and everything stored about them: %1.</source>
        <translation>
            <numerusform>Raderade %n deltagare och allt som fanns lagrat om dem: %1.</numerusform>
            <numerusform>Raderade %n deltagare och allt som fanns lagrat om dem: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output behöver ett filnamn.</translation>
    </message>
    <message>
        <source>--json prints to the screen; --output writes CSV. Choose one.</source>
        <translation>--json skriver till skärmen, --output skriver CSV. Välj det ena.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n log entries to %1.</source>
        <translation>
            <numerusform>Skrev %n loggpost till %1.</numerusform>
            <numerusform>Skrev %n loggposter till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be printed.</source>
        <translation>Loggen kunde inte skrivas ut.</translation>
    </message>
    <message>
        <source>Participations that ended more than this many years ago (default: the retention period set in the database, else 5).</source>
        <translation>Deltaganden som avslutades för mer än så här många år sedan (standard: gallringsfristen som är inställd i databasen, annars 5).</translation>
    </message>
    <message>
        <source>Erase them all, in one go.</source>
        <translation>Radera alla på en gång.</translation>
    </message>
    <message>
        <source>Only the entries about this deltagare.</source>
        <translation>Bara posterna om denna deltagare.</translation>
    </message>
    <message>
        <source>Write CSV to this file (default: print CSV).</source>
        <translation>Skriv CSV till denna fil (standard: skriv ut CSV).</translation>
    </message>
    <message>
        <source>create a database of fictional deltagare</source>
        <translation>skapa en databas med påhittade deltagare</translation>
    </message>
    <message>
        <source>schema version and full integrity check</source>
        <translation>schemaversion och fullständig kontroll av filen</translation>
    </message>
    <message>
        <source>one line per deltagare [--json]</source>
        <translation>en rad per deltagare [--json]</translation>
    </message>
    <message>
        <source>a deltagare&apos;s action plan as PDF</source>
        <translation>en deltagares handlingsplan som PDF</translation>
    </message>
    <message>
        <source>a register extract (JSON and PDF) into a folder</source>
        <translation>ett registerutdrag (JSON och PDF) i en mapp</translation>
    </message>
    <message>
        <source>export one or every deltagare</source>
        <translation>exportera en eller alla deltagare</translation>
    </message>
    <message>
        <source>import a JSON file, all or nothing</source>
        <translation>importera en JSON-fil, allt eller inget</translation>
    </message>
    <message>
        <source>a consistent copy of the database</source>
        <translation>en säkerhetskopia av databasen</translation>
    </message>
    <message>
        <source>erase a deltagare for good</source>
        <translation>radera en deltagare för gott</translation>
    </message>
    <message>
        <source>list (or erase) ended participations past retention</source>
        <translation>lista (eller radera) avslutade deltaganden som ska gallras</translation>
    </message>
    <message>
        <source>the log, as text, CSV or JSON</source>
        <translation>loggen, som text, CSV eller JSON</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Användning:</translation>
    </message>
    <message>
        <source>opens the window (the default database if none given)</source>
        <translation>öppnar fönstret (din egen databas om ingen anges)</translation>
    </message>
    <message>
        <source>batch work, without a window or a display</source>
        <translation>batcharbete, utan fönster och utan skärm</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Global options, before or after the command: --database PATH, --lang %1.</source>
        <translation>Allmänna flaggor, före eller efter kommandot: --database SÖKVÄG, --lang %1.</translation>
    </message>
    <message>
        <source>&apos;tilltro COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;tilltro KOMMANDO --help&apos; visar ett kommandos flaggor.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 bad usage, 2 any other failure.</source>
        <translation>Slutkoder: 0 klart, 1 fel användning, 2 annat fel.</translation>
    </message>
    <message>
        <source>Tilltro %1: quarterly SKAPA assessments and action plans.</source>
        <translation>Tilltro %1: SKAPA-skattningar och handlingsplaner varje kvartal.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Okänd flagga: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>The language (%1).</source>
        <translation>Språket (%1).</translation>
    </message>
    <message>
        <source>anonymous statistics for the unit</source>
        <translation>anonym statistik för verksamheten</translation>
    </message>
    <message>
        <source>combine statistics summaries (stats --json)</source>
        <translation>slå ihop statistiksammanställningar (stats --json)</translation>
    </message>
    <message>
        <source>%1: choose one of --json, --csv and --output.</source>
        <translation>%1: välj ett av --json, --csv och --output.</translation>
    </message>
    <message>
        <source>%1: --output needs a file name.</source>
        <translation>%1: --output behöver ett filnamn.</translation>
    </message>
    <message>
        <source>The figures as CSV, one per line, on standard output.</source>
        <translation>Siffrorna som CSV, en per rad, på standard ut.</translation>
    </message>
    <message>
        <source>The statistics as a PDF (replaced if it exists).</source>
        <translation>Statistiken som PDF (ersätts om den finns).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Summaries merged</source>
        <translation>Sammanslagna sammanställningar</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Completed assessments</source>
        <translation>Avslutade skattningar</translation>
    </message>
    <message>
        <source>With two assessments or more</source>
        <translation>Med två skattningar eller fler</translation>
    </message>
    <message>
        <source>Overdue at the end of the period</source>
        <translation>Försenade vid periodens slut</translation>
    </message>
    <message>
        <source>Parallel insatser</source>
        <translation>Parallella insatser</translation>
    </message>
    <message>
        <source>Job-oriented insats in parallel (BIP: 18 %)</source>
        <translation>Jobbinriktad insats parallellt (BIP: 18 %)</translation>
    </message>
    <message>
        <source>Changed handledare</source>
        <translation>Bytt handledare</translation>
    </message>
    <message>
        <source>Change per indicator (the deltagare&apos;s rating, latest minus first):</source>
        <translation>Förändring per indikator (deltagarens skattning, senaste minus första):</translation>
    </message>
    <message>
        <source>n %1, median %2, quartiles %3 to %4, up %5, same %6, down %7</source>
        <translation>n %1, median %2, kvartiler %3 till %4, upp %5, oförändrat %6, ned %7</translation>
    </message>
    <message>
        <source>Wrote the statistics to %1.</source>
        <translation>Skrev statistiken till %1.</translation>
    </message>
    <message>
        <source>--to %1 is after today (%2): statistics cover what has happened.</source>
        <translation>--to %1 är efter i dag (%2): statistiken gäller det som har hänt.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 är efter --to %2.</translation>
    </message>
    <message>
        <source>Insats: %1</source>
        <translation>Insats: %1</translation>
    </message>
    <message>
        <source>No handledare in %1 is called %2.</source>
        <translation>Ingen handledare i %1 heter %2.</translation>
    </message>
    <message>
        <source>Handledare: %1</source>
        <translation>Handledare: %1</translation>
    </message>
    <message>
        <source>stats-merge needs --input FILE, once for each summary.</source>
        <translation>stats-merge behöver --input FIL, en gång för varje sammanställning.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was merged.</source>
        <translation>%1: %2 Inget slogs ihop.</translation>
    </message>
    <message>
        <source>%1 Nothing was merged.</source>
        <translation>%1 Inget slogs ihop.</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD); without it, from the beginning.</source>
        <translation>Periodens första dag (ÅÅÅÅ-MM-DD); utan den, från början.</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD); today without it.</source>
        <translation>Periodens sista dag (ÅÅÅÅ-MM-DD); i dag utan den.</translation>
    </message>
    <message>
        <source>Only the deltagare this handledare was responsible for in the period.</source>
        <translation>Bara de deltagare som handledaren var ansvarig för under perioden.</translation>
    </message>
    <message>
        <source>Only the deltagare who had an insats of this category in the period.</source>
        <translation>Bara de deltagare som hade en insats av den här kategorin under perioden.</translation>
    </message>
    <message>
        <source>A summary written by stats --json; give it once for each.</source>
        <translation>En sammanställning från stats --json; ange en gång för varje.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a day of the calendar: write one as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>--%1 %2 är ingen dag i kalendern: skriv en som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.</translation>
    </message>
    <message>
        <source>export-form needs --output FILE, the PDF to write.</source>
        <translation>export-form behöver --output FIL, den PDF som ska skrivas.</translation>
    </message>
    <message>
        <source>--lang %1: the form is made in %2 only.</source>
        <translation>--lang %1: blanketten finns bara på %2.</translation>
    </message>
    <message>
        <source>Wrote the blank form to %1.</source>
        <translation>Skrev blanketten till %1.</translation>
    </message>
    <message>
        <source>the blank deltagare form to print before the meeting</source>
        <translation>den tomma deltagarblanketten att skriva ut före mötet</translation>
    </message>
    <message>
        <source>Easy-read: shorter questions and anchors, larger type, more space.</source>
        <translation>Lättläst: kortare frågor och ord vid skalans ändar, större text, mer luft.</translation>
    </message>
    <message>
        <source>Usage: tilltro instrument list [--json] | import --input FILE | use --id ID --database PATH</source>
        <translation>Användning: tilltro instrument list [--json] | import --input FIL | use --id NR --database SÖKVÄG</translation>
    </message>
    <message>
        <source>instrument %1 does not take --%2.
%3</source>
        <translation>instrument %1 tar inte --%2.
%3</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>inbyggt</translation>
    </message>
    <message>
        <source>used for new occasions</source>
        <translation>används för nya skattningar</translation>
    </message>
    <message numerus="yes">
        <source>%n occasion(s)</source>
        <translation>
            <numerusform>%n skattning</numerusform>
            <numerusform>%n skattningar</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already holds %1 version %2 (number %3), word for word; nothing was changed.</source>
        <translation>Databasen har redan %1 version %2 (nummer %3), ord för ord; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Imported %1 version %2 as number %3. New occasions use it after &apos;tilltro instrument use --id %3&apos;.</source>
        <translation>Importerade %1 version %2 som nummer %3. Nya skattningar använder den efter &apos;tilltro instrument use --id %3&apos;.</translation>
    </message>
    <message>
        <source>--id %1: not a number from &apos;tilltro instrument list&apos;.</source>
        <translation>--id %1: inte ett nummer från &apos;tilltro instrument list&apos;.</translation>
    </message>
    <message>
        <source>New occasions use %1 version %2; earlier occasions keep their version.</source>
        <translation>Nya skattningar använder %1 version %2; tidigare skattningar behåller sin version.</translation>
    </message>
    <message>
        <source>instrument needs an action.</source>
        <translation>instrument behöver en åtgärd.</translation>
    </message>
    <message>
        <source>Unknown instrument action: %1</source>
        <translation>Okänd åtgärd för instrument: %1</translation>
    </message>
    <message>
        <source>instrument import needs --input FILE.</source>
        <translation>instrument import behöver --input FIL.</translation>
    </message>
    <message>
        <source>instrument use needs --id ID (see &apos;tilltro instrument list&apos;).</source>
        <translation>instrument use behöver --id NR (se &apos;tilltro instrument list&apos;).</translation>
    </message>
    <message>
        <source>list | import --input FILE | use --id ID: the instrument versions</source>
        <translation>list | import --input FIL | use --id NR: instrumentets versioner</translation>
    </message>
    <message>
        <source>list (the versions in the database), import (a new version from a JSON file) or use (the version new occasions use).</source>
        <translation>list (versionerna i databasen), import (en ny version från en JSON-fil) eller use (versionen som nya skattningar använder).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: skriv JSON.</translation>
    </message>
    <message>
        <source>import: the instrument file (JSON) to read.</source>
        <translation>import: instrumentfilen (JSON) att läsa.</translation>
    </message>
    <message>
        <source>use: the number from &apos;instrument list&apos; of the version new occasions use (0: the built-in default).</source>
        <translation>use: numret från &apos;instrument list&apos; på versionen som nya skattningar ska använda (0: det inbyggda).</translation>
    </message>
    <message>
        <source>--category %1 is not an insats category of %2: use one of %3.</source>
        <translation>--category %1 är inte en typ av insats i %2: använd ett av %3.</translation>
    </message>
    <message>
        <source>%1: PostgreSQL %2, %3.</source>
        <translation>%1: PostgreSQL %2, %3.</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>krypterad (%1)</translation>
    </message>
    <message>
        <source>not encrypted (a local socket)</source>
        <translation>inte krypterad (en lokal socket)</translation>
    </message>
    <message>
        <source>no Tilltro role</source>
        <translation>ingen roll i Tilltro</translation>
    </message>
    <message>
        <source>Logged in as %1: %2.</source>
        <translation>Inloggad som %1: %2.</translation>
    </message>
    <message>
        <source>Logged in as %1: %2 (%3).</source>
        <translation>Inloggad som %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Database version %1 (this program: %2).</source>
        <translation>Databasversion %1 (det här programmet: %2).</translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>Save: your version replaces the stored one.</source>
        <translation>Spara: din version ersätter den sparade.</translation>
    </message>
    <message>
        <source>Cancel: decide later; nothing is saved until then.</source>
        <translation>Avbryt: bestäm senare; ingenting sparas förrän dess.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Det går inte att skapa låsfilen %1: %2</translation>
    </message>
    <message>
        <source>The database is already open in Tilltro by %1 on %2 (process %3, since %4). Close it there first.</source>
        <translation>Databasen är redan öppen i Tilltro hos %1 på %2 (process %3, sedan %4). Stäng den där först.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Det går inte att låsa %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tilltro database. The file has not been changed.</source>
        <translation>%1 är inte en Tilltro-databas. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tilltro (database version %2; this version understands up to %3). Update Tilltro to open it. The file has not been changed.</source>
        <translation>%1 är skapad av en nyare version av Tilltro (databasversion %2; den här versionen klarar upp till %3). Uppdatera Tilltro för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Databasen används av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database is read-only; the change was not saved.</source>
        <translation>Databasen är skrivskyddad. Ändringen sparades inte.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>Disken är full. Ändringen sparades inte. Frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database file could not be written (%1); the change was not saved.</source>
        <translation>Det gick inte att skriva till databasfilen (%1). Ändringen sparades inte.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Databasfilen är skadad (%1).</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored (%1).</source>
        <translation>Ändringen krockar med uppgifter som redan finns sparade (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 finns redan. Välj ett annat namn. En befintlig fil skrivs aldrig över.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Det går inte att skapa mappen %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Det går inte att skapa %1: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is read-only. Open it read-only to look at it.</source>
        <translation>%1 är skrivskyddad. Öppna den skrivskyddad för att titta i den.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Det går inte att öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is from an older version of Tilltro and must be updated before it can be read; open it for editing once.</source>
        <translation>%1 kommer från en äldre version av Tilltro och måste uppdateras innan den kan läsas. Öppna den för redigering en gång.</translation>
    </message>
    <message>
        <source>Updating the database from version %1 failed; it was left as it was. %2</source>
        <translation>Det gick inte att uppdatera databasen från version %1. Den har lämnats som den var. %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). The file has not been changed.</source>
        <translation>%1 är skadad eller inte en databas (%2). Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. The file has not been changed.</source>
        <translation>%1 är skadad: %2. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>Databasen är öppen skrivskyddad. Inget sparades.</translation>
    </message>
    <message>
        <source>The lock file %1 is not an ordinary file of yours (it is a link, a device or another user&apos;s file). It was left untouched; remove it and try again.</source>
        <translation>Låsfilen %1 är inte en vanlig fil som tillhör dig (den är en länk, en enhet eller en annan användares fil). Den har inte rörts; ta bort den och försök igen.</translation>
    </message>
    <message>
        <source>A change to %1 was interrupted (for example by a power cut) and is still pending in %1-journal. It will be undone, and the database brought back to its state before that change, when the database is next opened for editing. Until then it cannot be read. The files have not been changed.</source>
        <translation>En ändring i %1 avbröts (till exempel av ett strömavbrott) och väntar fortfarande i %1-journal. Den tas tillbaka, så att databasen blir som före ändringen, nästa gång databasen öppnas för redigering. Till dess kan den inte läsas. Filerna har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links) in the file system. Tilltro does not change a database that has more than one name, because changes made through the names could be lost. Remove the other names, or make a backup and open that. The file has not been changed.</source>
        <translation>%1 har %2 namn (hårda länkar) i filsystemet. Tilltro ändrar inte en databas som har mer än ett namn, eftersom ändringar gjorda genom de olika namnen kan gå förlorade. Ta bort de andra namnen, eller gör en säkerhetskopia och öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is already open for editing in Tilltro under another name. Close it there first.</source>
        <translation>%1 är redan öppen för redigering i Tilltro under ett annat namn. Stäng den där först.</translation>
    </message>
    <message>
        <source>The SQLite library cannot be set up safely to open %1.</source>
        <translation>SQLite-biblioteket kan inte ställas in säkert för att öppna %1.</translation>
    </message>
    <message>
        <source>an extra %1 &quot;%2&quot;</source>
        <translation>en extra %1 ”%2”</translation>
    </message>
    <message>
        <source>a changed %1 &quot;%2&quot;</source>
        <translation>en ändrad %1 ”%2”</translation>
    </message>
    <message>
        <source>no %1 &quot;%2&quot;</source>
        <translation>ingen %1 ”%2”</translation>
    </message>
    <message>
        <source>%1 is not a database Tilltro wrote: its structure differs from the one Tilltro makes (%2). It was not used, so nothing stored in it has run. The file has not been changed.</source>
        <translation>%1 är inte en databas som Tilltro har skrivit: dess uppbyggnad skiljer sig från den Tilltro gör (%2). Den användes inte, så ingenting som finns lagrat i den har körts. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database is open in Tilltro, or is being opened right now (who has it open could not be read). Close it there first, or try again in a moment.</source>
        <translation>Databasen är öppen i Tilltro, eller håller på att öppnas just nu (vem som har den öppen gick inte att läsa). Stäng den där först, eller försök igen om en stund.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabell</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vy</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>utlösare</translation>
    </message>
    <message>
        <source>The structure of %1 could not be read, so it was not used. The file has not been changed.</source>
        <translation>Uppbyggnaden av %1 gick inte att läsa, så filen användes inte. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The connection to the team database was lost (%1); the change was not saved. Tilltro connects again when you try once more.</source>
        <translation>Anslutningen till teamdatabasen bröts (%1); ändringen sparades inte. Tilltro ansluter igen när du försöker en gång till.</translation>
    </message>
    <message>
        <source>The team database does not allow this for your login; nothing was changed (%1).</source>
        <translation>Teamdatabasen tillåter inte detta för din inloggning; ingenting ändrades (%1).</translation>
    </message>
    <message>
        <source>The team database&apos;s disk is full; the change was not saved. Tell its IT department.</source>
        <translation>Teamdatabasens disk är full; ändringen sparades inte. Säg till IT-avdelningen.</translation>
    </message>
    <message>
        <source>The database did not say the new row&apos;s id.</source>
        <translation>Databasen angav inte den nya radens id.</translation>
    </message>
    <message>
        <source>has no Tilltro role</source>
        <translation>har ingen roll i Tilltro</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>är %1</translation>
    </message>
    <message>
        <source>%1: the login %2 %3 in the team database. Tilltro works in a team database as a handledare; the samordnare&apos;s statistics and the administratör&apos;s tasks are functions on the server (docs/team-mode.md).</source>
        <translation>%1: inloggningen %2 %3 i teamdatabasen. Tilltro arbetar i en teamdatabas som handledare; samordnarens statistik och administratörens uppgifter är funktioner på servern (docs/team-mode.md).</translation>
    </message>
    <message>
        <source>%1: the login %2 is not connected to an active handledare in the team database. Ask its administratör to connect it (handledare.db_user).</source>
        <translation>%1: inloggningen %2 är inte kopplad till en aktiv handledare i teamdatabasen. Be dess administratör koppla den (handledare.db_user).</translation>
    </message>
    <message>
        <source>%1: the team database has schema version %2; this Tilltro works with version %3. Its IT department migrates it (docs/team-mode.md); nothing was changed.</source>
        <translation>%1: teamdatabasen har schemaversion %2; denna Tilltro arbetar med version %3. IT-avdelningen uppdaterar den (docs/team-mode.md); ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>EasyRead</name>
    <message>
        <source>must be a JSON object ({...})</source>
        <translation>måste vara ett JSON-objekt ({...})</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-easyread&quot;; this is not an easy-read file</source>
        <translation>måste vara &quot;tilltro-easyread&quot;; det här är ingen fil med lättlästa texter</translation>
    </message>
    <message>
        <source>is %1, but the texts are read for the instrument %2</source>
        <translation>är %1, men texterna läses för instrumentet %2</translation>
    </message>
    <message>
        <source>must be %1, the version of the instrument the texts are for</source>
        <translation>måste vara %1, versionen av instrumentet som texterna gäller</translation>
    </message>
    <message>
        <source>%1 is not a deltagare question of the instrument</source>
        <translation>%1 är inte en av instrumentets deltagarfrågor</translation>
    </message>
    <message>
        <source>a choice question has no anchors: leave it out</source>
        <translation>en flervalsfråga har inga ord vid skalans ändar: ta bort det</translation>
    </message>
    <message>
        <source>is longer than %1 characters: easy-read texts are short</source>
        <translation>är längre än %1 tecken: lättlästa texter är korta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is not an ordinary file, so it was not read</source>
        <translation>är ingen vanlig fil, så den lästes inte</translation>
    </message>
    <message>
        <source>is larger than %1 KiB: it is not an easy-read file</source>
        <translation>är större än %1 KiB: det är ingen fil med lättlästa texter</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>går inte att läsa: %1</translation>
    </message>
    <message>
        <source>only a deltagare question has easy-read wording</source>
        <translation>bara en fråga till deltagaren har lättläst text</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The deltagare no longer exists; nothing was erased.</source>
        <translation>Deltagaren finns inte längre. Ingenting har raderats.</translation>
    </message>
    <message>
        <source>there is not enough free disk space (it needs about as much as the database file&apos;s size)</source>
        <translation>det finns inte tillräckligt med ledigt diskutrymme (det behövs ungefär lika mycket som databasfilens storlek)</translation>
    </message>
    <message>
        <source>Erased data could not yet be cleared from the unused parts of the database file: %1. This is completed when the database is next opened for editing with enough free space.</source>
        <translation>Raderade uppgifter kunde ännu inte tömmas ur de oanvända delarna av databasfilen: %1. Det görs klart nästa gång databasen öppnas för redigering och det finns tillräckligt med ledigt utrymme.</translation>
    </message>
    <message>
        <source>Another program is reading the database, so traces of erased data stay in its work file (-wal) until it is closed. Close other programs using the database, or close Tilltro, to complete the erasure.</source>
        <translation>Ett annat program läser databasen, så spår av raderade uppgifter finns kvar i dess arbetsfil (-wal) tills den stängs. Stäng andra program som använder databasen, eller stäng Tilltro, så slutförs raderingen.</translation>
    </message>
    <message>
        <source>Foreign keys are off on this connection; nothing was erased.</source>
        <translation>Främmande nycklar (foreign keys) är avstängda för den här anslutningen. Ingenting har raderats.</translation>
    </message>
    <message>
        <source>The deltagare has been erased. %1</source>
        <translation>Deltagaren har raderats. %1</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Tiden för gallring kan inte vara negativ.</translation>
    </message>
    <message>
        <source>The retention period could not be read: %1</source>
        <translation>Gallringsfristen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The retention period stored in the database (%1) is not a whole number of years (1 or more). Set it again in Settings; nothing can be erased until then.</source>
        <translation>Gallringsfristen som är sparad i databasen (%1) är inte ett helt antal år (1 eller fler). Ställ in den igen i Inställningar; inget kan gallras innan dess.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>The file must hold a JSON object ({...}); this is not a Tilltro exchange file.</source>
        <translation>Filen måste innehålla ett JSON-objekt ({...}). Det här är inte en utbytesfil från Tilltro.</translation>
    </message>
    <message>
        <source>must be &quot;database&quot; or &quot;participant&quot;</source>
        <translation>måste vara &quot;database&quot; eller &quot;participant&quot;</translation>
    </message>
    <message>
        <source>%1 is also the code of %2</source>
        <translation>%1 är också koden för %2</translation>
    </message>
    <message>
        <source>this is an instrument definition, not an exchange file; instruments are loaded elsewhere</source>
        <translation>det här är en instrumentdefinition, inte en utbytesfil. Instrument läses in på ett annat sätt</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this is not a Tilltro exchange file</source>
        <translation>måste vara &quot;%1&quot;. Det här är inte en utbytesfil från Tilltro</translation>
    </message>
    <message>
        <source>the file was made by a newer version of Tilltro (exchange format version %1; this version reads version %2). Update Tilltro to import it.</source>
        <translation>filen är gjord av en nyare version av Tilltro (utbytesformat version %1; den här versionen läser version %2). Uppdatera Tilltro för att importera den.</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>måste vara %1</translation>
    </message>
    <message>
        <source>%1 differs from the id in json (%2)</source>
        <translation>%1 skiljer sig från id i json (%2)</translation>
    </message>
    <message>
        <source>%1 differs from the version in json (%2)</source>
        <translation>%1 skiljer sig från version i json (%2)</translation>
    </message>
    <message>
        <source>%1 version %2 is listed twice (also %3)</source>
        <translation>%1 version %2 står med två gånger (även %3)</translation>
    </message>
    <message>
        <source>the same name and organisation as %1</source>
        <translation>samma namn och organisation som %1</translation>
    </message>
    <message>
        <source>must be null or an object {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</source>
        <translation>måste vara null eller ett objekt {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</translation>
    </message>
    <message>
        <source>must be an object {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</source>
        <translation>måste vara ett objekt {&quot;name&quot;: ..., &quot;organisation&quot;: ...}</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the document&apos;s list of handledare</source>
        <translation>%1 (%2) finns inte i dokumentets lista över handledare</translation>
    </message>
    <message>
        <source>not a valid personnummer: %1</source>
        <translation>inte ett giltigt personnummer: %1</translation>
    </message>
    <message>
        <source>must say why the participation ended, since endDate is set</source>
        <translation>måste ange varför deltagandet avslutades, eftersom endDate är ifyllt</translation>
    </message>
    <message>
        <source>must be null while endDate is null</source>
        <translation>måste vara null när endDate är null</translation>
    </message>
    <message>
        <source>is before startDate</source>
        <translation>är före startDate</translation>
    </message>
    <message>
        <source>is before from</source>
        <translation>är före from</translation>
    </message>
    <message>
        <source>only one period can be open (to null); %1 is open too</source>
        <translation>bara en period kan vara öppen (to null). %1 är också öppen</translation>
    </message>
    <message>
        <source>the open period (to null) must be of the deltagare&apos;s current handledare</source>
        <translation>den öppna perioden (to null) måste gälla deltagarens nuvarande handledare</translation>
    </message>
    <message>
        <source>is before given</source>
        <translation>är före given</translation>
    </message>
    <message>
        <source>is before start</source>
        <translation>är före start</translation>
    </message>
    <message>
        <source>must be &quot;draft&quot; or &quot;completed&quot;</source>
        <translation>måste vara &quot;draft&quot; eller &quot;completed&quot;</translation>
    </message>
    <message>
        <source>notes are sensitive, but the document says &quot;sensitiveIncluded&quot;: false</source>
        <translation>anteckningar är känsliga, men dokumentet anger &quot;sensitiveIncluded&quot;: false</translation>
    </message>
    <message>
        <source>instrument %1 version %2 is not in the document&apos;s instruments</source>
        <translation>instrument %1 version %2 finns inte bland dokumentets instrument</translation>
    </message>
    <message>
        <source>%1 is not a question of instrument %2 version %3</source>
        <translation>%1 är inte en fråga i instrument %2 version %3</translation>
    </message>
    <message>
        <source>the answer to a sensitive question, but the document says &quot;sensitiveIncluded&quot;: false</source>
        <translation>svaret på en känslig fråga, men dokumentet anger &quot;sensitiveIncluded&quot;: false</translation>
    </message>
    <message>
        <source>must be either {&quot;value&quot;: a number} or {&quot;code&quot;: an option or non-answer}</source>
        <translation>måste vara antingen {&quot;value&quot;: ett tal} eller {&quot;code&quot;: ett alternativ eller icke-svar}</translation>
    </message>
    <message>
        <source>this question is answered with a code (an option or a non-answer), not a value</source>
        <translation>den här frågan besvaras med en kod (ett alternativ eller ett icke-svar), inte med ett värde</translation>
    </message>
    <message>
        <source>%1 is not a non-answer this question allows</source>
        <translation>%1 är inte ett icke-svar som den här frågan tillåter</translation>
    </message>
    <message>
        <source>%1 is not an option or a non-answer of this question</source>
        <translation>%1 är inte ett alternativ eller icke-svar för den här frågan</translation>
    </message>
    <message>
        <source>is not an answer this question accepts</source>
        <translation>är inte ett svar som den här frågan godtar</translation>
    </message>
    <message>
        <source>an edit of sensitive content, but the document says &quot;sensitiveIncluded&quot;: false</source>
        <translation>en ändring av känsligt innehåll, men dokumentet anger &quot;sensitiveIncluded&quot;: false</translation>
    </message>
    <message>
        <source>no occasion of this deltagare is on that day</source>
        <translation>deltagaren har ingen skattning den dagen</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 står med två gånger</translation>
    </message>
    <message>
        <source>must be &quot;deltagare&quot;, &quot;handledare&quot; or &quot;annan&quot;</source>
        <translation>måste vara &quot;deltagare&quot;, &quot;handledare&quot; eller &quot;annan&quot;</translation>
    </message>
    <message>
        <source>must be one of &quot;ej_paborjat&quot;, &quot;pagar&quot;, &quot;uppnatt&quot;, &quot;delvis_uppnatt&quot;, &quot;ej_uppnatt&quot;</source>
        <translation>måste vara ett av &quot;ej_paborjat&quot;, &quot;pagar&quot;, &quot;uppnatt&quot;, &quot;delvis_uppnatt&quot;, &quot;ej_uppnatt&quot;</translation>
    </message>
    <message>
        <source>must be &quot;arbete&quot; or &quot;studier&quot;</source>
        <translation>måste vara &quot;arbete&quot; eller &quot;studier&quot;</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>not a field of the exchange format (misspelt?)</source>
        <translation>inte ett fält i utbytesformatet (felstavat?)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>måste vara en text</translation>
    </message>
    <message>
        <source>must not contain the NUL character (\u0000)</source>
        <translation>får inte innehålla NUL-tecknet (\u0000)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>%1 may contain only a-z, 0-9, _ and -</source>
        <translation>%1 får bara innehålla a-z, 0-9, _ och -</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>måste vara ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>måste vara ett datum skrivet YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD</source>
        <translation>%1 är inte ett datum skrivet YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be null or a date written YYYY-MM-DD</source>
        <translation>måste vara null eller ett datum skrivet YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a time written YYYY-MM-DDThh:mm:ss.sssZ</source>
        <translation>måste vara en tidpunkt skriven YYYY-MM-DDThh:mm:ss.sssZ</translation>
    </message>
    <message>
        <source>%1 is not a time written YYYY-MM-DDThh:mm:ss.sssZ</source>
        <translation>%1 är inte en tidpunkt skriven YYYY-MM-DDThh:mm:ss.sssZ</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts. Ingenting har importerats.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts. Ingen fil har skrivits.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Det gick inte att läsa filen: %1</translation>
    </message>
    <message>
        <source>The stored instrument %1 version %2 is damaged.</source>
        <translation>Det sparade instrumentet %1 version %2 är skadat.</translation>
    </message>
    <message>
        <source>No deltagare has the code %1.</source>
        <translation>Ingen deltagare har koden %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Det gick inte att skriva filen: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Det gick inte att exportera: %1</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Tilltro imports files of at most %3 MiB.</source>
        <translation>%1 är %2 MiB. Tilltro importerar filer på högst %3 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> och %1 till</translation>
    </message>
    <message>
        <source>The database already has deltagare with the code(s) %1. Nothing was imported: an import never overwrites.</source>
        <translation>Databasen har redan deltagare med koden eller koderna %1. Ingenting har importerats, eftersom en import aldrig skriver över något.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Det gick inte att importera: %1</translation>
    </message>
    <message>
        <source>%1 is after today (%2)</source>
        <translation>%1 är efter i dag (%2)</translation>
    </message>
    <message>
        <source>the participant did not take part (&quot;deltagareAbsent&quot;: true), yet this is an answer of theirs</source>
        <translation>deltagaren deltog inte (&quot;deltagareAbsent&quot;: true), men detta är ett av deltagarens svar</translation>
    </message>
    <message>
        <source>must be the key of an end reason (a-z, 0-9, _ and -, such as &quot;arbete&quot;)</source>
        <translation>måste vara nyckeln till en avslutsorsak (a–z, 0–9, _ och -, till exempel &quot;arbete&quot;)</translation>
    </message>
    <message>
        <source>must be the key of an insats category (a-z, 0-9, _ and -, such as &quot;jobbinriktad&quot;)</source>
        <translation>måste vara nyckeln till en typ av insats (a–z, 0–9, _ och -, till exempel &quot;jobbinriktad&quot;)</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>%1 is not an ordinary file (it is a pipe, a device or a socket). Nothing was written; choose a file.</source>
        <translation>%1 är ingen vanlig fil (den är en rörledning, en enhet eller en sockel). Ingenting skrevs; välj en fil.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was written.</source>
        <translation>%1 är en mapp, inte en fil. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a pipe, a device or a socket); Tilltro reads only ordinary files.</source>
        <translation>%1 är ingen vanlig fil (den är en rörledning, en enhet eller en sockel); Tilltro läser bara vanliga filer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>No file was named. Nothing was written.</source>
        <translation>Ingen fil angavs. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 is the database itself or one of its files; choose another name. Nothing was written.</source>
        <translation>%1 är databasen själv eller en av dess filer; välj ett annat namn. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was written.</source>
        <translation>Mappen %1 finns inte. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>Kan inte skriva %1: %2. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Tilltro does not write through links. Nothing was written; choose the file itself.</source>
        <translation>%1 är en symbolisk länk; Tilltro skriver inte genom länkar. Ingenting skrevs; välj själva filen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written to %1. Free some space or choose another place.</source>
        <translation>Disken är full; ingenting skrevs till %1. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message>
        <source>Another program is creating the database %1 right now (perhaps another import into the same file). Nothing was changed; try again in a moment.</source>
        <translation>Ett annat program skapar databasen %1 just nu (kanske en annan import till samma fil). Ingenting ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 already exists and is never overwritten. Nothing was written; move it, or choose another name or folder.</source>
        <translation>%1 finns redan och skrivs aldrig över. Inget skrevs; flytta den eller välj ett annat namn eller en annan mapp.</translation>
    </message>
    <message>
        <source>%1 could not be removed and must be deleted by hand.</source>
        <translation>%1 kunde inte tas bort och måste tas bort för hand.</translation>
    </message>
    <message>
        <source>A file cannot be written for the user in the middle of another change to the database. Nothing was written.</source>
        <translation>En fil kan inte skrivas åt användaren mitt i en annan ändring av databasen. Inget skrevs.</translation>
    </message>
</context>
<context>
    <name>GallringDialog</name>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Participants whose data may be erased</source>
        <translation>Deltagare vars uppgifter får raderas</translation>
    </message>
    <message>
        <source>Space ticks or unticks the participant in the chosen row</source>
        <translation>Mellanslag markerar eller avmarkerar deltagaren på vald rad</translation>
    </message>
    <message>
        <source>No participants to erase: no participation ended that long ago.</source>
        <translation>Inga deltagare att gallra: inget deltagande avslutades så länge sedan.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Markera i&amp;nga</translation>
    </message>
    <message>
        <source>&amp;Erase ticked…</source>
        <translation>&amp;Radera markerade…</translation>
    </message>
    <message>
        <source>Erase everything stored about the ticked participants (cannot be undone)</source>
        <translation>Radera allt som finns lagrat om de markerade deltagarna (kan inte ångras)</translation>
    </message>
</context>
<context>
    <name>Handledare</name>
    <message>
        <source>A handledare needs a name.</source>
        <translation>En handledare måste ha ett namn.</translation>
    </message>
    <message>
        <source>In a team database you work as the handledare your login is connected to; its administratör changes that.</source>
        <translation>I en teamdatabas arbetar du som den handledare din inloggning är kopplad till; dess administratör ändrar det.</translation>
    </message>
</context>
<context>
    <name>HandledareDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <source>Tilltro records which case worker holds each assessment. Choose yourself from the list, or add yourself. You can change this later under File › Who am I.</source>
        <translation>Tilltro sparar vilken handledare som håller i varje skattning. Välj dig själv i listan eller lägg till dig. Du kan ändra det senare under Arkiv › Vem är jag.</translation>
    </message>
    <message>
        <source>I am &amp;already registered:</source>
        <translation>Jag är &amp;redan registrerad:</translation>
    </message>
    <message>
        <source>Registered case workers</source>
        <translation>Registrerade handledare</translation>
    </message>
    <message>
        <source>&amp;Add me as a new case worker:</source>
        <translation>&amp;Lägg till mig som ny handledare:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
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
        <translation>denna handlingsplan</translation>
    </message>
    <message>
        <source>The handlingsplan no longer exists.</source>
        <translation>Handlingsplanen finns inte längre.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
</context>
<context>
    <name>Insats</name>
    <message>
        <source>An insats needs a start date.</source>
        <translation>En insats måste ha ett startdatum.</translation>
    </message>
    <message>
        <source>The insats ends before it starts.</source>
        <translation>Insatsen slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Choose the category of the insats.</source>
        <translation>Välj vilken typ av insats det är.</translation>
    </message>
    <message>
        <source>The insats no longer exists, or is no longer yours to change; nothing was saved.</source>
        <translation>Insatsen finns inte längre, eller är inte längre din att ändra; ingenting sparades.</translation>
    </message>
    <message>
        <source>The insats is no longer yours to change; nothing was removed.</source>
        <translation>Insatsen är inte längre din att ändra; ingenting togs bort.</translation>
    </message>
</context>
<context>
    <name>InsatsDialog</name>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>A&amp;nordnare:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Började:</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>&amp;Slutade:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>the instrument must be a JSON object ({...})</source>
        <translation>instrumentet måste vara ett JSON-objekt ({...})</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>måste vara 1 eller mer</translation>
    </message>
    <message>
        <source>must have at least %1 indicators: the radar chart needs three axes</source>
        <translation>måste ha minst %1 indikatorer: spindeldiagrammet behöver tre axlar</translation>
    </message>
    <message>
        <source>no question rates this indicator, so its radar axis would be empty</source>
        <translation>ingen fråga skattar den här indikatorn, så dess axel i spindeldiagrammet skulle bli tom</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-instrument&quot;; this is not a Tilltro instrument</source>
        <translation>måste vara &quot;tilltro-instrument&quot;; det här är inte ett Tilltro-instrument</translation>
    </message>
    <message>
        <source>the instrument was made for a newer version of Tilltro (format version %1; this version reads %2). Update Tilltro to use it.</source>
        <translation>instrumentet är gjort för en nyare version av Tilltro (formatversion %1; den här versionen läser %2). Uppdatera Tilltro för att använda det.</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>måste vara %1</translation>
    </message>
    <message>
        <source>must be &quot;deltagare&quot; or &quot;handledare&quot;</source>
        <translation>måste vara &quot;deltagare&quot; eller &quot;handledare&quot;</translation>
    </message>
    <message>
        <source>%1 is not one of the instrument&apos;s indicators</source>
        <translation>%1 är inte en av instrumentets indikatorer</translation>
    </message>
    <message>
        <source>%1 already has a question for the %2 (%3)</source>
        <translation>%1 har redan en fråga för %2 (%3)</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot;: the question rates an indicator</source>
        <translation>måste vara &quot;numeric&quot;: frågan skattar en indikator</translation>
    </message>
    <message>
        <source>must be %1 like the other questions that rate an indicator (%2): the radar chart has one scale</source>
        <translation>måste vara %1 som för de andra frågorna som skattar en indikator (%2): spindeldiagrammet har en skala</translation>
    </message>
    <message>
        <source>%1 is not one of the instrument&apos;s nonAnswers</source>
        <translation>%1 är inte en av instrumentets nonAnswers</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 står med två gånger</translation>
    </message>
    <message>
        <source>must have at least one question</source>
        <translation>måste ha minst en fråga</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>måste vara större än min</translation>
    </message>
    <message>
        <source>must be at most %1 more than min</source>
        <translation>får vara högst %1 mer än min</translation>
    </message>
    <message>
        <source>%1 is also the key of a non-answer, so the two answers could not be told apart</source>
        <translation>%1 är också nyckeln för ett icke-svar, så de två svaren skulle inte gå att skilja åt</translation>
    </message>
    <message>
        <source>must have at least two options</source>
        <translation>måste ha minst två alternativ</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot; or &quot;choice&quot;</source>
        <translation>måste vara &quot;numeric&quot; eller &quot;choice&quot;</translation>
    </message>
    <message>
        <source>%1 is already the key of %2</source>
        <translation>%1 är redan nyckeln för %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>måste vara en text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>%1 may contain only a-z, 0-9, _ and -</source>
        <translation>%1 får bara innehålla a-z, 0-9, _ och -</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>måste vara ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>The instrument is not valid: %1</source>
        <translation>Instrumentet är inte giltigt: %1</translation>
    </message>
    <message>
        <source>The instrument could not be read: %1</source>
        <translation>Det gick inte att läsa instrumentet: %1</translation>
    </message>
    <message>
        <source>The default instrument is missing from this build of Tilltro: %1</source>
        <translation>Standardinstrumentet saknas i den här versionen av Tilltro: %1</translation>
    </message>
    <message>
        <source>The database already holds a different instrument %1 version %2. Give the new wording a new version number.</source>
        <translation>Databasen innehåller redan ett annat instrument %1 version %2. Ge den nya formuleringen ett nytt versionsnummer.</translation>
    </message>
    <message>
        <source>The instrument version %1 is missing from the database.</source>
        <translation>Instrumentversion %1 saknas i databasen.</translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {&quot;sv&quot;: &quot;...&quot;}</source>
        <translation>måste vara ett objekt med texter per språk, t.ex. {&quot;sv&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>must have a text in at least one language</source>
        <translation>måste ha en text på minst ett språk</translation>
    </message>
    <message>
        <source>%1 is not a language code such as &quot;sv&quot; or &quot;en&quot;</source>
        <translation>%1 är inte en språkkod som &quot;sv&quot; eller &quot;en&quot;</translation>
    </message>
    <message>
        <source>Version %1 of the SKAPA instrument is not built into this version of Tilltro.</source>
        <translation>Version %1 av SKAPA-instrumentet finns inte inbyggd i den här versionen av Tilltro.</translation>
    </message>
    <message>
        <source>exactly one category must have &quot;jobOriented&quot;: true (it has %1): BIP&apos;s signals count insatser of that category as job-oriented</source>
        <translation>exakt en typ måste ha &quot;jobOriented&quot;: true (här %1): BIP-signalerna räknar insatser av den typen som jobbinriktade</translation>
    </message>
    <message>
        <source>must have at least one end reason</source>
        <translation>måste ha minst en avslutsorsak</translation>
    </message>
    <message>
        <source>must be &quot;arbete&quot; or &quot;studier&quot;, or left out</source>
        <translation>måste vara &quot;arbete&quot; eller &quot;studier&quot;, eller utelämnas</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-insats-lists&quot;</source>
        <translation>måste vara &quot;tilltro-insats-lists&quot;</translation>
    </message>
</context>
<context>
    <name>JsonInput</name>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>the member %1 appears twice</source>
        <translation>nyckeln %1 finns två gånger</translation>
    </message>
    <message>
        <source>an object with more than %1 members</source>
        <translation>ett objekt med fler än %1 nycklar</translation>
    </message>
    <message>
        <source>the document has more than %1 values</source>
        <translation>dokumentet har fler än %1 värden</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>fler än %1 nivåer djup</translation>
    </message>
    <message>
        <source>The document is larger than %1 MiB, the most Tilltro reads.</source>
        <translation>Dokumentet är större än %1 MiB, vilket är det mesta Tilltro läser.</translation>
    </message>
    <message>
        <source>a member name longer than %1 MiB</source>
        <translation>ett nyckelnamn som är längre än %1 MiB</translation>
    </message>
    <message>
        <source>a text longer than %1 MiB, the most Tilltro reads in one field</source>
        <translation>en text som är längre än %1 MiB, vilket är det mesta Tilltro läser i ett fält</translation>
    </message>
    <message>
        <source>a number longer than %1 characters</source>
        <translation>ett tal som är längre än %1 tecken</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Filen är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Det gick inte att läsa filen: %1</translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation>måste vara ett objekt ({...})</translation>
    </message>
    <message>
        <source>must be an array ([...])</source>
        <translation>måste vara en lista ([...])</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tilltro</source>
        <translation>Tilltro</translation>
    </message>
    <message>
        <source>No database is open. Use File › New database… or File › Open… to begin.</source>
        <translation>Ingen databas är öppen. Börja med Arkiv › Ny databas… eller Arkiv › Öppna….</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Vem är jag…</translation>
    </message>
    <message>
        <source>Choose which case worker you are; new deltagare and assessments default to you</source>
        <translation>Välj vilken handledare du är. Nya deltagare och skattningar kopplas till dig från början</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Show &amp;ended participations</source>
        <translation>Visa &amp;avslutade deltagare</translation>
    </message>
    <message>
        <source>&amp;About Tilltro</source>
        <translation>&amp;Om Tilltro</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+Shift+D)</source>
        <translation>Registrera en ny deltagare (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Redigera deltagare…</translation>
    </message>
    <message>
        <source>Edit the chosen participant (Ctrl+E)</source>
        <translation>Redigera den valda deltagaren (Ctrl+E)</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Ny &amp;skattning…</translation>
    </message>
    <message>
        <source>Start the quarterly assessment for the chosen participant (Ctrl+N)</source>
        <translation>Starta kvartalets skattning för den valda deltagaren (Ctrl+N)</translation>
    </message>
    <message>
        <source>End the chosen participant&apos;s participation</source>
        <translation>Avsluta den valda deltagarens deltagande</translation>
    </message>
    <message>
        <source>&amp;Reopen participation</source>
        <translation>Återöppna &amp;deltagande</translation>
    </message>
    <message>
        <source>Reopen an ended participation</source>
        <translation>Återöppna ett avslutat deltagande</translation>
    </message>
    <message>
        <source>Read-only: this database is open only for reading. Nothing you change can be saved.</source>
        <translation>Skrivskyddad: databasen är bara öppen för läsning. Inget du ändrar kan sparas.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Export (JSON)…</source>
        <translation>&amp;Exportera (JSON)…</translation>
    </message>
    <message>
        <source>Export the chosen participant, or everyone, to a JSON file for another Tilltro database</source>
        <translation>Exportera den valda deltagaren, eller alla, till en JSON-fil för en annan Tilltro-databas</translation>
    </message>
    <message>
        <source>&amp;Import (JSON)…</source>
        <translation>&amp;Importera (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Säkerhets&amp;kopiera…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the database while it is open</source>
        <translation>Spara en hel och korrekt kopia av databasen medan den är öppen</translation>
    </message>
    <message>
        <source>Erase everything stored about the chosen participant (cannot be undone)</source>
        <translation>Radera allt som finns sparat om den valda deltagaren (går inte att ångra)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ins&amp;tällningar…</translation>
    </message>
    <message>
        <source>&amp;Open participant</source>
        <translation>Öppna deltagar&amp;vy</translation>
    </message>
    <message>
        <source>Open the chosen participant&apos;s chart and action plan in a tab (Enter)</source>
        <translation>Öppna den valda deltagarens diagram och handlingsplan i en flik (Enter)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>S&amp;täng flik</translation>
    </message>
    <message>
        <source>Action &amp;plan (PDF)…</source>
        <translation>Handlings&amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>Export the chosen participant&apos;s action plan, chart and change as a PDF</source>
        <translation>Spara den valda deltagarens handlingsplan, diagram och förändring som PDF</translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation>Åte&amp;rställ säkerhetskopia…</translation>
    </message>
    <message>
        <source>Open a backup as a new working copy; the backup itself is never changed</source>
        <translation>Öppna en säkerhetskopia som en ny arbetskopia; själva säkerhetskopian ändras aldrig</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <source>List the participants whose participation ended longer ago than the retention period, and erase them</source>
        <translation>Visa deltagarna vars deltagande avslutades för längre sedan än gallringsfristen, och radera dem</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Logg…</translation>
    </message>
    <message>
        <source>Show who created, changed, exported or printed what about the chosen participant, and when</source>
        <translation>Visa vem som skapade, ändrade, exporterade eller skrev ut vad om vald deltagare, och när</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Logg för hela databasen…</translation>
    </message>
    <message>
        <source>The log of the whole database, for a log review; can be exported as CSV</source>
        <translation>Loggen för hela databasen, för logguppföljning; kan exporteras som CSV</translation>
    </message>
    <message>
        <source>Register e&amp;xtract…</source>
        <translation>Reg&amp;isterutdrag…</translation>
    </message>
    <message>
        <source>Everything stored about the chosen participant, as a PDF to read and a JSON file, in a folder you choose (GDPR art. 15). Needs the database open for editing: the extract is recorded in the log.</source>
        <translation>Allt som finns lagrat om vald deltagare, som en PDF att läsa och en JSON-fil, i en mapp du väljer (GDPR art. 15). Databasen måste vara öppen för redigering: utdraget förs in i loggen.</translation>
    </message>
    <message>
        <source>Open assess&amp;ment</source>
        <translation>&amp;Öppna skattning</translation>
    </message>
    <message>
        <source>Era&amp;se participant…</source>
        <translation>Rad&amp;era deltagare…</translation>
    </message>
    <message>
        <source>Pr&amp;int action plan…</source>
        <translation>Skriv &amp;ut handlingsplan…</translation>
    </message>
    <message>
        <source>En&amp;d participation…</source>
        <translation>&amp;Avsluta deltagande…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <source>How to use Tilltro, step by step (F1)</source>
        <translation>Hur du använder Tilltro, steg för steg (F1)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>St&amp;atistics for the unit…</source>
        <translation>Statistik för verksa&amp;mheten…</translation>
    </message>
    <message>
        <source>Anonymous statistics over a period: change per indicator, parallel insatser, continuity and outcomes; as PDF, summary or CSV</source>
        <translation>Anonym statistik över en period: förändring per indikator, parallella insatser, kontinuitet och utfall; som PDF, sammanställning eller CSV</translation>
    </message>
    <message>
        <source>&amp;Merge statistics…</source>
        <translation>Slå i&amp;hop statistik…</translation>
    </message>
    <message>
        <source>Combine the anonymous summaries of several handledare into the unit&apos;s statistics</source>
        <translation>Slå ihop flera handledares anonyma sammanställningar till verksamhetens statistik</translation>
    </message>
    <message>
        <source>Meetin&amp;g mode</source>
        <translation>&amp;Mötesläge</translation>
    </message>
    <message>
        <source>The meeting with the chosen participant at one shared screen: full screen, large type, only what belongs to the participant (F11)</source>
        <translation>Mötet med den valda deltagaren vid en gemensam skärm: helskärm, stor text, bara det som hör till deltagaren (F11)</translation>
    </message>
    <message>
        <source>G&amp;uided meeting…</source>
        <translation>Möte steg &amp;för steg…</translation>
    </message>
    <message>
        <source>The meeting step by step in a window for the case worker, with the case worker&apos;s part (Ctrl+Shift+M)</source>
        <translation>Mötet steg för steg i ett fönster för handledaren, med handledarens del (Ctrl+Skift+M)</translation>
    </message>
    <message>
        <source>&amp;Blank form for the participant…</source>
        <translation>&amp;Blankett för deltagaren…</translation>
    </message>
    <message>
        <source>The participant&apos;s questions on paper, to think about before the meeting (plain or easy-read)</source>
        <translation>Deltagarens frågor på papper, att fundera på före mötet (vanlig eller lättläst)</translation>
    </message>
    <message>
        <source>Caseload and participants</source>
        <translation>Deltagarlista och deltagare</translation>
    </message>
    <message>
        <source>Instr&amp;ument…</source>
        <translation>Instr&amp;ument…</translation>
    </message>
    <message>
        <source>The versions of the instrument: import a new one and choose the one new assessments use</source>
        <translation>Instrumentets versioner: importera en ny och välj den som nya skattningar använder</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>Anslut till team&amp;databas…</translation>
    </message>
    <message>
        <source>Work in your unit&apos;s shared database on a PostgreSQL server instead of your own file</source>
        <translation>Arbeta i enhetens gemensamma databas på en PostgreSQL-server i stället för i din egen fil</translation>
    </message>
    <message>
        <source>Mo&amp;ve to team database…</source>
        <translation>&amp;Flytta till teamdatabas…</translation>
    </message>
    <message>
        <source>Move every participant of this file, with their history, into your unit&apos;s team database; the file is then kept read-only or has them erased</source>
        <translation>Flytta alla deltagare i den här filen, med hela sin historik, till enhetens teamdatabas; filen behålls sedan skrivskyddad eller så raderas de ur den</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the caseload and the open participants again: in a team database, what colleagues saved since (F5)</source>
        <translation>Läs deltagarlistan och de öppna deltagarna igen: i en teamdatabas det kollegor har sparat sedan dess (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>Occasion</name>
    <message>
        <source>The occasion needs a date.</source>
        <translation>Skattningen måste ha ett datum.</translation>
    </message>
    <message>
        <source>The occasion no longer exists.</source>
        <translation>Skattningen finns inte längre.</translation>
    </message>
    <message>
        <source>%1 (participant)</source>
        <translation>%1 (deltagare)</translation>
    </message>
    <message>
        <source>%1 (case worker)</source>
        <translation>%1 (handledare)</translation>
    </message>
    <message>
        <source>Answer these before completing: %1.</source>
        <translation>Svara på de här frågorna innan du slutför: %1.</translation>
    </message>
    <message>
        <source>These answers are not valid: %1.</source>
        <translation>De här svaren är inte giltiga: %1.</translation>
    </message>
    <message>
        <source>The assessment is dated %1, after today (%2). An assessment is recorded on the day it is held.</source>
        <translation>Skattningen är daterad %1, efter i dag (%2). En skattning registreras den dag den görs.</translation>
    </message>
    <message>
        <source>The participant did not take part, yet the participant&apos;s part has answers: %1.</source>
        <translation>Deltagaren deltog inte, men deltagarens del har svar: %1.</translation>
    </message>
    <message>
        <source>this mättillfälle</source>
        <translation>detta mättillfälle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>The deltagare did not take part</source>
        <translation>Deltagaren deltog inte</translation>
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
        <translation>• Svaren skiljer sig: %1</translation>
    </message>
    <message>
        <source>• The notes differ.</source>
        <translation>• Anteckningarna skiljer sig.</translation>
    </message>
</context>
<context>
    <name>OccasionForm</name>
    <message>
        <source>Assessment</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>The participant&apos;s part</source>
        <translation>Deltagarens skattning</translation>
    </message>
    <message>
        <source>The case worker&apos;s part</source>
        <translation>Handledarens skattning</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Lägg till insats…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>&amp;Avsluta…</translation>
    </message>
    <message>
        <source>N&amp;otes (sensitive; left out of prints unless asked for):</source>
        <translation>A&amp;nteckningar (känsliga; tas bara med i utskrifter om du väljer det):</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>Spara och s&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Complete assessment</source>
        <translation>&amp;Slutför skattningen</translation>
    </message>
    <message>
        <source>&amp;Go on to the case worker&apos;s part</source>
        <translation>&amp;Gå vidare till handledarens skattning</translation>
    </message>
    <message>
        <source>Parts of the assessment</source>
        <translation>Skattningens delar</translation>
    </message>
    <message>
        <source>Type a digit to answer and move on (0 = 10). V = Don&apos;t know, S = Prefer not to say, E = Not appropriate to ask, D = The participant prefers not to say. Tab moves, Ctrl+Return completes.</source>
        <translation>Skriv en siffra för att svara och gå vidare (0 = 10). V = Vet ej, S = Vill ej svara, E = Ej aktuellt att fråga, D = Deltagaren vill inte svara. Tab flyttar, Ctrl+Retur slutför.</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>A deltagare needs a code.</source>
        <translation>En deltagare måste ha en kod.</translation>
    </message>
    <message>
        <source>The code is longer than 40 characters.</source>
        <translation>Koden är längre än 40 tecken.</translation>
    </message>
    <message>
        <source>The personnummer is not valid: %1</source>
        <translation>Personnumret är inte giltigt: %1</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <source>Choose why the participation ended.</source>
        <translation>Välj varför deltagandet avslutades.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another deltagare.</source>
        <translation>Koden %1 används redan av en annan deltagare.</translation>
    </message>
    <message>
        <source>Another deltagare is already registered with this personnummer.</source>
        <translation>En annan deltagare är redan registrerad med det här personnumret.</translation>
    </message>
    <message>
        <source>The deltagare no longer exists.</source>
        <translation>Deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>A consent needs what it covers and a date.</source>
        <translation>Ett samtycke måste ha ett datum och uppgift om vad det gäller.</translation>
    </message>
    <message>
        <source>A handledare period needs a handledare and a start date.</source>
        <translation>En period med en handledare måste ha en handledare och ett startdatum.</translation>
    </message>
    <message>
        <source>A handledare period ends before it starts.</source>
        <translation>En period med en handledare slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Only one handledare period can be open (without an end date).</source>
        <translation>Bara en period med en handledare kan vara öppen (utan slutdatum).</translation>
    </message>
    <message>
        <source>The start date %1 is after the first assessment (%2).</source>
        <translation>Startdatumet %1 är efter den första skattningen (%2).</translation>
    </message>
    <message>
        <source>The end date %1 is before the latest assessment (%2).</source>
        <translation>Slutdatumet %1 är före den senaste skattningen (%2).</translation>
    </message>
    <message>
        <source>%1 is not the key of an end reason.</source>
        <translation>%1 är inte nyckeln till en avslutsorsak.</translation>
    </message>
    <message>
        <source>In a team database a deltagare always has a handledare.</source>
        <translation>I en teamdatabas har en deltagare alltid en handledare.</translation>
    </message>
    <message>
        <source>this deltagare</source>
        <translation>denna deltagare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
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
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <source>• The responsible handledare has changed.</source>
        <translation>• Ansvarig handledare har bytts.</translation>
    </message>
    <message>
        <source>• The name differs.</source>
        <translation>• Namnet skiljer sig.</translation>
    </message>
    <message>
        <source>• The personnummer differs.</source>
        <translation>• Personnumret skiljer sig.</translation>
    </message>
    <message>
        <source>The consent no longer exists, or is no longer yours to change; nothing was saved.</source>
        <translation>Samtycket finns inte längre, eller är inte längre ditt att ändra; ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>ÅÅÅÅMMDD-NNNN (frivilligt)</translation>
    </message>
    <message>
        <source>Protected &amp;identity</source>
        <translation>Skyddad &amp;identitet</translation>
    </message>
    <message>
        <source>Name and personnummer are shown only here. Lists, prints and exports show the code instead.</source>
        <translation>Namn och personnummer visas bara här. Listor, utskrifter och exporter visar koden i stället.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltagande</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Började:</translation>
    </message>
    <message>
        <source>Case wor&amp;ker:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>Sl&amp;utade:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>O&amp;rsak:</translation>
    </message>
    <message>
        <source>Choose why it ended</source>
        <translation>Välj varför det avslutades</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>&amp;Samtycke</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>&amp;Add consent…</source>
        <translation>&amp;Lägg till samtycke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Återkalla samtycke</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <source>Co&amp;vers:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Utbyte av uppgifter</translation>
    </message>
    <message>
        <source>Wit&amp;h:</source>
        <translation>Med &amp;vem:</translation>
    </message>
    <message>
        <source>e.g. Arbetsförmedlingen</source>
        <translation>t.ex. Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Da&amp;te given:</source>
        <translation>Lämnat &amp;den:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>R&amp;egistrerat av:</translation>
    </message>
    <message>
        <source>Add to &amp;list</source>
        <translation>Lägg &amp;till i listan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close the form without adding (Esc)</source>
        <translation>Stäng formuläret utan att lägga till (Esc)</translation>
    </message>
</context>
<context>
    <name>ParticipantView</name>
    <message>
        <source>&amp;Assessments</source>
        <translation>Skattnin&amp;gar</translation>
    </message>
    <message>
        <source>Tick the assessments to show on the chart; Enter opens one</source>
        <translation>Kryssa för de skattningar som ska visas i diagrammet. Enter öppnar en skattning</translation>
    </message>
    <message>
        <source>&amp;Both views (latest)</source>
        <translation>Båda &amp;parterna (senaste)</translation>
    </message>
    <message>
        <source>The participant&apos;s and the case worker&apos;s ratings of the same assessment on one chart</source>
        <translation>Deltagarens och handledarens skattning från samma tillfälle i ett och samma diagram</translation>
    </message>
    <message>
        <source>&amp;Interventions</source>
        <translation>&amp;Insatser</translation>
    </message>
    <message>
        <source>Change per indicator</source>
        <translation>Förändring per indikator</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
</context>
<context>
    <name>Personnummer</name>
    <message>
        <source>No personnummer was entered.</source>
        <translation>Inget personnummer har skrivits in.</translation>
    </message>
    <message>
        <source>A personnummer has only one &apos;-&apos; or &apos;+&apos;.</source>
        <translation>Ett personnummer har bara ett &apos;-&apos; eller &apos;+&apos;.</translation>
    </message>
    <message>
        <source>A personnummer cannot contain spaces.</source>
        <translation>Ett personnummer kan inte innehålla mellanslag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be part of a personnummer: use only digits and &apos;-&apos; (or &apos;+&apos; for people aged 100 or more).</source>
        <translation>&apos;%1&apos; kan inte ingå i ett personnummer: använd bara siffror och &apos;-&apos; (eller &apos;+&apos; för personer som är 100 år eller äldre).</translation>
    </message>
    <message>
        <source>A personnummer has 10 or 12 digits, not %1.</source>
        <translation>Ett personnummer har 10 eller 12 siffror, inte %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only stand right before the last four digits.</source>
        <translation>&apos;%1&apos; får bara stå direkt före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <source>The month %1 does not exist.</source>
        <translation>Månaden %1 finns inte.</translation>
    </message>
    <message>
        <source>The day %1 does not exist (a samordningsnummer uses day 61 to 91).</source>
        <translation>Dagen %1 finns inte (ett samordningsnummer använder dag 61 till 91).</translation>
    </message>
    <message>
        <source>The date %1 does not exist (samordningsnummer: day %2 minus 60).</source>
        <translation>Datumet %1 finns inte (samordningsnummer: dag %2 minus 60).</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>Datumet %1 finns inte.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Födelsedatumet %1 ligger i framtiden.</translation>
    </message>
    <message>
        <source>The three digits after the date are never 000.</source>
        <translation>De tre siffrorna efter datumet är aldrig 000.</translation>
    </message>
    <message>
        <source>&apos;+&apos; means the person is 100 or older, but this personnummer gives the age %1. Write &apos;-&apos; instead.</source>
        <translation>&apos;+&apos; betyder att personen är 100 år eller äldre, men enligt det här personnumret är personen %1 år. Skriv &apos;-&apos; i stället.</translation>
    </message>
    <message>
        <source>The check digit is wrong: a digit is mistyped somewhere, or two have changed places. Check the whole number against the ID document.</source>
        <translation>Kontrollsiffran stämmer inte: någon siffra är felskriven, eller så har två siffror bytt plats. Kontrollera hela numret mot id-handlingen.</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>change the goal</source>
        <translation>ändra målet</translation>
    </message>
    <message>
        <source>add sub-goal</source>
        <translation>lägg till delmål</translation>
    </message>
    <message>
        <source>remove sub-goal</source>
        <translation>ta bort delmål</translation>
    </message>
    <message>
        <source>move sub-goal</source>
        <translation>flytta delmål</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>ändra %1</translation>
    </message>
    <message>
        <source>change the next meeting</source>
        <translation>ändra nästa möte</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>&amp;Action plan:</source>
        <translation>Hand&amp;lingsplan:</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>N&amp;y plan</translation>
    </message>
    <message>
        <source>A new plan for the latest assessment; open sub-goals are carried over for follow-up</source>
        <translation>En ny plan för den senaste skattningen. Delmål som inte är avslutade följer med för uppföljning</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Goal text</source>
        <translation>Målets text</translation>
    </message>
    <message>
        <source>S&amp;ub-goals</source>
        <translation>D&amp;elmål</translation>
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
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move sub-goal up</source>
        <translation>Flytta upp delmålet</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flytta upp (Alt+Upp)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move sub-goal down</source>
        <translation>Flytta ned delmålet</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flytta ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Var&amp;för:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>Indikat&amp;orer:</translation>
    </message>
    <message>
        <source>Target &amp;level:</source>
        <translation>M&amp;ålnivå:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>A&amp;nsvarig:</translation>
    </message>
    <message>
        <source>Name of the responsible</source>
        <translation>Den ansvariges namn</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>&amp;Klart senast:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Uppf&amp;öljning:</translation>
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
        <translation>L&amp;ägg till aktivitet</translation>
    </message>
    <message>
        <source>Remove acti&amp;vity</source>
        <translation>&amp;Ta bort aktivitet</translation>
    </message>
    <message>
        <source>The sub-goal in detail</source>
        <translation>Delmålet i detalj</translation>
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
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå till den överordnade mappen</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Visa med detaljer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Platser och bokmärken</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Visa </translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du verkligen ta bort &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Datorn</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Omvänt liggande</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Omvänt stående</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginaler</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>övre marginal</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>vänster marginal</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>höger marginal</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>nedre marginal</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sidlayout</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Sidordning:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Sidor per ark:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tum (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkter (pt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Alternativ &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Alternativ &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Skriv ut till fil (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Skriv en PDF-fil</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Alla sidor</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Udda sidor</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Jämna sidor</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Ogiltigt sidurval</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 är en mapp.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Vänster till höger, uppifrån och ned</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Vänster till höger, nedifrån och upp</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Höger till vänster, nedifrån och upp</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Höger till vänster, uppifrån och ned</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nedifrån och upp, vänster till höger</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nedifrån och upp, höger till vänster</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Uppifrån och ned, vänster till höger</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Uppifrån och ned, höger till vänster</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Anpassa till sidan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Visa en sida i taget</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Visa uppslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Visa alla sidor i översikt</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Sidinställningar</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Sidinställningar</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Utskriftsintervall</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ange sidor eller intervall åtskilda med kommatecken. Ett intervall anges med två tal och ett bindestreck emellan. Exempel: 3,5-7,9 skriver ut sidorna 3, 5, 6, 7 och 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Sidurval:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopior:</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Omvänd ordning</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Färgläge</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Gråskala</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dubbelsidig utskrift</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Bindning längs långsidan</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Bindning längs kortsidan</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Skriv till &amp;fil:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>RadarData</name>
    <message>
        <source>The assessment of %1 cannot be drawn: the instrument version it was made with cannot be read. %2</source>
        <translation>Skattningen från %1 kan inte ritas: instrumentversionen den gjordes med kan inte läsas. %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Action plan %1</source>
        <translation>Handlingsplan %1</translation>
    </message>
    <message>
        <source>Action plan %1 %2.pdf</source>
        <translation>Handlingsplan %1 %2.pdf</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>The action plan no longer exists.</source>
        <translation>Handlingsplanen finns inte längre.</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ej påbörjat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Delvis uppnått</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Ej uppnått</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Deltagaren</translation>
    </message>
    <message>
        <source>The case worker</source>
        <translation>Handledaren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Skattning %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>Contains sensitive information. Keep it confidential.</source>
        <translation>Innehåller känsliga uppgifter. Hantera dokumentet enligt sekretessen.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation>Ditt mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>No action plan yet.</source>
        <translation>Ingen handlingsplan ännu.</translation>
    </message>
    <message>
        <source>How you rated yourself</source>
        <translation>Så skattade du dig själv</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>No completed assessment yet.</source>
        <translation>Ingen klar skattning ännu.</translation>
    </message>
    <message>
        <source>The participant&apos;s own rating, from %1 (not at all) to %2 (fully).</source>
        <translation>Deltagarens egen skattning, från %1 (inte alls) till %2 (helt).</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>Så har det gått</translation>
    </message>
    <message>
        <source>Change per indicator</source>
        <translation>Förändring per indikator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Förra</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Sedan förra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Since first</source>
        <translation>Sedan första</translation>
    </message>
    <message>
        <source>Change shows from the second completed assessment.</source>
        <translation>Förändring visas från den andra klara skattningen.</translation>
    </message>
    <message>
        <source>Since the first assessment: %1 better, %2 the same, %3 worse.</source>
        <translation>Sedan första skattningen: %1 bättre, %2 likadana, %3 sämre.</translation>
    </message>
    <message>
        <source>Since the previous assessment: %1 improved, %2 unchanged, %3 worsened.</source>
        <translation>Sedan förra skattningen: %1 förbättrade, %2 oförändrade, %3 försämrade.</translation>
    </message>
    <message>
        <source>★ Especially important for getting a job.</source>
        <translation>★ Extra viktigt för att få ett jobb.</translation>
    </message>
    <message>
        <source>★ BIP indicator: linked to getting work.</source>
        <translation>★ BIP-indikator: hänger ihop med att få arbete.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Varför:</translation>
    </message>
    <message>
        <source>target %1 of %2</source>
        <translation>målnivå %1 av %2</translation>
    </message>
    <message>
        <source>Should move:</source>
        <translation>Ska påverka:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Uppföljning:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Att göra:</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktiviteter:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>Steps on the way</source>
        <translation>Steg på vägen</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>No sub-goals yet.</source>
        <translation>Inga delmål ännu.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Hur det går</translation>
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
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Känsliga uppgifter</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>Case worker&apos;s notes</source>
        <translation>Handledarens anteckningar</translation>
    </message>
    <message>
        <source>We agree</source>
        <translation>Vi är överens</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Participant&apos;s signature</source>
        <translation>Deltagarens underskrift</translation>
    </message>
    <message>
        <source>Case worker&apos;s signature</source>
        <translation>Handledarens underskrift</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>Contains sensitive information</source>
        <translation>Innehåller känsliga uppgifter</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>The action plan could not be drawn.</source>
        <translation>Det gick inte att rita upp handlingsplanen.</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Utbyte av uppgifter</translation>
    </message>
    <message>
        <source>Draft (not completed)</source>
        <translation>Utkast (inte klar)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Everything stored about you in Tilltro</source>
        <translation>Allt som finns lagrat om dig i Tilltro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Extract made</source>
        <translation>Utdraget gjordes</translation>
    </message>
    <message>
        <source>Made by (user account)</source>
        <translation>Gjort av (användarkonto)</translation>
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
        <translation>Vad är ett registerutdrag?</translation>
    </message>
    <message>
        <source>You have the right to know what is stored about you (article 15 of the EU General Data Protection Regulation, GDPR). This extract shows everything that is stored about you in Tilltro, the program your case worker uses to follow up your assessments, interventions and action plans.</source>
        <translation>Du har rätt att få veta vad som finns lagrat om dig (artikel 15 i EU:s dataskyddsförordning, GDPR). Det här utdraget visar allt som finns lagrat om dig i Tilltro, programmet som din handledare använder för att följa upp dina skattningar, insatser och handlingsplaner.</translation>
    </message>
    <message>
        <source>It has your details, your consents, who has been your case worker, your interventions, every assessment with all the answers and notes and the changes made to them afterwards, your action plans, and the log of who has done what with your details and when.</source>
        <translation>Här finns dina uppgifter, dina samtycken, vem som har varit din handledare, dina insatser, varje skattning med alla svar och anteckningar och de ändringar som gjorts i dem efteråt, dina handlingsplaner och loggen över vem som har gjort vad med dina uppgifter och när.</translation>
    </message>
    <message>
        <source>The same information is in a file in a format computers can read (JSON), handed over together with this document.</source>
        <translation>Samma uppgifter finns i en fil i ett format som datorer kan läsa (JSON), som lämnas ut tillsammans med det här dokumentet.</translation>
    </message>
    <message>
        <source>The same information is in the file &quot;%1&quot;, in a format computers can read (JSON), handed over together with this document.</source>
        <translation>Samma uppgifter finns i filen &quot;%1&quot;, i ett format som datorer kan läsa (JSON), som lämnas ut tillsammans med det här dokumentet.</translation>
    </message>
    <message>
        <source>If something is wrong, you can ask for it to be corrected. You can also ask for details to be erased or their use restricted, and you can complain to the Swedish Authority for Privacy Protection (IMY). Talk to your case worker.</source>
        <translation>Om något är fel kan du begära att det rättas. Du kan också begära att uppgifter raderas eller att användningen av dem begränsas, och du kan klaga hos Integritetsskyddsmyndigheten (IMY). Prata med din handledare.</translation>
    </message>
    <message>
        <source>Contains sensitive information. Keep it safe.</source>
        <translation>Innehåller känsliga uppgifter. Förvara det säkert.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Uppgifter om dig</translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation>(inget registrerat)</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>Yes: your name and personal identity number are kept off screens, prints and exports, except this extract.</source>
        <translation>Ja: ditt namn och personnummer visas inte på skärmar, utskrifter och exporter, utom i detta utdrag.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutades</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Varför det avslutades</translation>
    </message>
    <message>
        <source>Case worker now</source>
        <translation>Handledare nu</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>No consent is registered.</source>
        <translation>Inget samtycke är registrerat.</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Your case workers</source>
        <translation>Dina handledare</translation>
    </message>
    <message>
        <source>No case worker is registered.</source>
        <translation>Ingen handledare är registrerad.</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>tills nu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>No intervention is registered.</source>
        <translation>Ingen insats är registrerad.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Inga svar.</translation>
    </message>
    <message>
        <source>Numbers are on a scale from %1 (lowest) to %2 (highest).</source>
        <translation>Siffrorna är på en skala från %1 (lägst) till %2 (högst).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>The participant&apos;s answer</source>
        <translation>Deltagarens svar</translation>
    </message>
    <message>
        <source>The case worker&apos;s answer</source>
        <translation>Handledarens svar</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>No assessment is registered.</source>
        <translation>Ingen skattning är registrerad.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Inga anteckningar.</translation>
    </message>
    <message>
        <source>Changes made after the assessment was completed</source>
        <translation>Ändringar gjorda efter att skattningen blev klar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <source>No action plan is registered.</source>
        <translation>Ingen handlingsplan är registrerad.</translation>
    </message>
    <message>
        <source>Action plan from the assessment %1</source>
        <translation>Handlingsplan från skattningen %1</translation>
    </message>
    <message>
        <source>No sub-goals.</source>
        <translation>Inga delmål.</translation>
    </message>
    <message>
        <source>Sub-goal %1</source>
        <translation>Delmål %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Should move</source>
        <translation>Ska påverka</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>inte gjord</translation>
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
        <translation>Varje ändring av dina uppgifter, och varje export, utskrift och utdrag, registreras med tid och användarkontot för den som gjorde det.</translation>
    </message>
    <message>
        <source>The log has no entries.</source>
        <translation>Loggen har inga poster.</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Register extract %1 %2</source>
        <translation>Registerutdrag %1 %2</translation>
    </message>
    <message>
        <source>The register extract needs the data of exactly one participant.</source>
        <translation>Registerutdraget behöver uppgifterna om exakt en deltagare.</translation>
    </message>
    <message>
        <source>Register extract %1</source>
        <translation>Registerutdrag %1</translation>
    </message>
    <message>
        <source>The register extract could not be drawn.</source>
        <translation>Registerutdraget kunde inte ritas.</translation>
    </message>
    <message>
        <source>The register extract could not be drawn: %1</source>
        <translation>Registerutdraget kunde inte ritas: %1</translation>
    </message>
    <message>
        <source>The database is open read-only. A register extract is recorded in the log, so it needs the database open for editing.</source>
        <translation>Databasen är öppen skrivskyddad. Ett registerutdrag förs in i loggen och kräver därför att databasen är öppen för redigering.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 · %2, version %3</source>
        <translation>%1 · %2, version %3</translation>
    </message>
    <message>
        <source>Goal: %1: %2</source>
        <extracomment>%1 is the kind of goal, %2 the goal text. Keep %2 last: what comes before it is printed in bold.</extracomment>
        <translation>Mål: %1: %2</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>The participant&apos;s own rating and the case worker&apos;s rating from %3, from %1 (not at all) to %2 (fully).</source>
        <translation>Deltagarens egen skattning och handledarens skattning från %3, från %1 (inte alls) till %2 (helt).</translation>
    </message>
    <message>
        <source>Sensitive information included</source>
        <translation>Känsliga uppgifter medtagna</translation>
    </message>
    <message>
        <source>Sensitive information left out</source>
        <translation>Känsliga uppgifter utelämnade</translation>
    </message>
    <message>
        <source>Action plan as PDF, sensitive information included</source>
        <translation>Handlingsplan som PDF, känsliga uppgifter medtagna</translation>
    </message>
    <message>
        <source>Action plan as PDF, sensitive information left out</source>
        <translation>Handlingsplan som PDF, känsliga uppgifter utelämnade</translation>
    </message>
    <message>
        <source>Action plan, sensitive information included</source>
        <translation>Handlingsplan, känsliga uppgifter medtagna</translation>
    </message>
    <message>
        <source>Action plan, sensitive information left out</source>
        <translation>Handlingsplan, känsliga uppgifter utelämnade</translation>
    </message>
    <message>
        <source>As JSON and PDF</source>
        <translation>Som JSON och PDF</translation>
    </message>
    <message>
        <source>Removed at the erasure</source>
        <translation>Borttaget vid raderingen</translation>
    </message>
    <message numerus="yes">
        <source>The participant&apos;s log, %n entries</source>
        <translation>
            <numerusform>Deltagarens logg, %n post</numerusform>
            <numerusform>Deltagarens logg, %n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole log, %n entries</source>
        <translation>
            <numerusform>Hela loggen, %n post</numerusform>
            <numerusform>Hela loggen, %n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed: %1 assessments, %2 interventions, %3 action plans, %4 consents</source>
        <translation>Borttaget: skattningar %1, insatser %2, handlingsplaner %3, samtycken %4</translation>
    </message>
    <message>
        <source>Exchange format %1, exported %2</source>
        <translation>Utbytesformat %1, exporterat %2</translation>
    </message>
    <message>
        <source>Backup from %1; erasures made again: %2</source>
        <translation>Säkerhetskopia från %1; raderingar som gjordes om: %2</translation>
    </message>
    <message>
        <source>An assessment that is not completed yet is saved as it is filled in; those saves are recorded when a working session begins, and again every half hour while it goes on.</source>
        <translation>En skattning som ännu inte är klar sparas medan den fylls i. De sparningarna registreras när ett arbetspass börjar och sedan varje halvtimme medan det pågår.</translation>
    </message>
    <message>
        <source>down %1 · same %2 · up %3</source>
        <translation>ned %1 · oförändrat %2 · upp %3</translation>
    </message>
    <message>
        <source>no insats</source>
        <translation>ingen insats</translation>
    </message>
    <message>
        <source>Statistics for the unit</source>
        <translation>Statistik för verksamheten</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n summaries.</source>
        <translation>
            <numerusform>Sammanslagen från %n sammanställning.</numerusform>
            <numerusform>Sammanslagen från %n sammanställningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure rests on fewer than 5 deltagare; where a group is smaller the figure reads &quot;%1&quot;. Change is the latest assessment in the period minus the first.</source>
        <translation>Ingen siffra bygger på färre än 5 deltagare; där en grupp är mindre står det ”%1”. Förändring är periodens senaste skattning minus den första.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Deltagare in the period</source>
        <translation>Deltagare under perioden</translation>
    </message>
    <message>
        <source>Completed assessments in the period</source>
        <translation>Avslutade skattningar under perioden</translation>
    </message>
    <message>
        <source>Deltagare with two assessments or more</source>
        <translation>Deltagare med två skattningar eller fler</translation>
    </message>
    <message>
        <source>Overdue assessments at the end of the period</source>
        <translation>Försenade skattningar vid periodens slut</translation>
    </message>
    <message>
        <source>Parallel insatser</source>
        <translation>Parallella insatser</translation>
    </message>
    <message>
        <source>A job-oriented insats in parallel with another (BIP: %1)</source>
        <translation>En jobbinriktad insats parallellt med en annan (BIP: %1)</translation>
    </message>
    <message>
        <source>Changed handledare in the period (BIP: each change lowers the job chance by about 22 %)</source>
        <translation>Bytt handledare under perioden (BIP: varje byte sänker chansen till arbete med omkring 22 %)</translation>
    </message>
    <message>
        <source>Change per indicator, the deltagare&apos;s own rating</source>
        <translation>Förändring per indikator, deltagarens egen skattning</translation>
    </message>
    <message>
        <source>Of the deltagare with two assessments in the period: the share who went down (hatched, left), stayed the same (grey) and went up (blue, right).</source>
        <translation>Av deltagarna med två skattningar under perioden: andelen som gått ned (streckat, till vänster), är oförändrade (grått) och gått upp (blått, till höger).</translation>
    </message>
    <message>
        <source>Belief and continuity</source>
        <translation>Tilltro och kontinuitet</translation>
    </message>
    <message>
        <source>Belief at the first assessment: %1</source>
        <translation>Tilltro vid första skattningen: %1</translation>
    </message>
    <message>
        <source>With a change of handledare</source>
        <translation>Med byte av handledare</translation>
    </message>
    <message>
        <source>Without a change of handledare</source>
        <translation>Utan byte av handledare</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Ended participations by insatser</source>
        <translation>Avslutade deltaganden efter insatser</translation>
    </message>
    <message>
        <source>No participation ended in the period.</source>
        <translation>Inget deltagande avslutades under perioden.</translation>
    </message>
    <message>
        <source>Insatser during the participation</source>
        <translation>Insatser under deltagandet</translation>
    </message>
    <message>
        <source>All, the deltagare&apos;s rating</source>
        <translation>Alla, deltagarens skattning</translation>
    </message>
    <message>
        <source>All, the handledare&apos;s rating</source>
        <translation>Alla, handledarens skattning</translation>
    </message>
    <message>
        <source>Belief: %1</source>
        <translation>Tilltro: %1</translation>
    </message>
    <message>
        <source>The change between each deltagare&apos;s first and latest assessment in the period. The box spans the middle half (lower to upper quartile), the thick line is the median.</source>
        <translation>Förändringen mellan varje deltagares första och senaste skattning under perioden. Lådan spänner över mittersta hälften (nedre till övre kvartil), det tjocka strecket är medianen.</translation>
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
        <translation>Upp</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>från början</translation>
    </message>
    <message>
        <source>Statistics for the unit %1</source>
        <translation>Statistik för verksamheten %1</translation>
    </message>
    <message>
        <source>Anonymous: no figure under 5 deltagare</source>
        <translation>Anonym: ingen siffra under 5 deltagare</translation>
    </message>
    <message>
        <source>The statistics could not be drawn.</source>
        <translation>Statistiken kunde inte ritas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a part of a group that is shown, hidden because it, or a part it could be worked out from, has fewer than 5 deltagare.</source>
        <translation>”%1”: en del av en grupp som visas, dold eftersom den, eller en del den kunde räknas fram ur, har färre än 5 deltagare.</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Nästa möte: %1</translation>
    </message>
    <message>
        <source>Running interventions</source>
        <translation>Insatser som pågår</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>från %1 till %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>did not take part</source>
        <translation>deltog inte</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>none ran at the assessment</source>
        <translation>ingen pågick vid mättillfället</translation>
    </message>
    <message>
        <source>The participant did not take part</source>
        <translation>Deltagaren deltog inte</translation>
    </message>
    <message>
        <source>No intervention ran</source>
        <translation>Ingen insats pågick</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>&amp;Easy-read (larger type, plain headings)</source>
        <translation>&amp;Lättläst (större text, enkla rubriker)</translation>
    </message>
    <message>
        <source>&amp;Include sensitive information</source>
        <translation>&amp;Ta med känsliga uppgifter</translation>
    </message>
    <message>
        <source>Sensitive: the answers about violence in a close relationship and risky use or addiction, and the case worker&apos;s notes. They are left out unless you tick this.</source>
        <translation>Känsliga uppgifter: svaren om våld i nära relation och om riskbruk eller missbruk, och handledarens anteckningar. De tas bara med om du kryssar i här.</translation>
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
        <translation>Någon annan sparade %1 i teamdatabasen medan du arbetade med den%2. Ingenting skrevs över, och dina ändringar är inte sparade ännu.</translation>
    </message>
    <message>
        <source>Stored now → yours:</source>
        <translation>Sparat nu → ditt:</translation>
    </message>
    <message>
        <source>Open it again to see the stored version, then make your changes there.</source>
        <translation>Öppna den igen för att se den sparade versionen och gör sedan dina ändringar där.</translation>
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
        <translation>serverns certifikat kunde inte verifieras, så Tilltro anslöt inte. Be IT-avdelningen om certifikatutfärdaren (sslrootcert=) eller kontrollera servernamnet.</translation>
    </message>
    <message>
        <source>the server did not accept the login. Tilltro stores no password: the login comes from Kerberos, a client certificate, ~/.pgpass or a service file.</source>
        <translation>servern godtog inte inloggningen. Tilltro sparar inga lösenord: inloggningen kommer från Kerberos, ett klientcertifikat, ~/.pgpass eller en tjänstefil.</translation>
    </message>
    <message>
        <source>the server has no such database or user.</source>
        <translation>servern har ingen sådan databas eller användare.</translation>
    </message>
    <message>
        <source>the server does not let this login in from here (its pg_hba.conf).</source>
        <translation>servern släpper inte in den här inloggningen härifrån (dess pg_hba.conf).</translation>
    </message>
    <message>
        <source>could not connect.</source>
        <translation>kunde inte ansluta.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>is not the address of a team database (postgresql://host/database).</source>
        <translation>är inte adressen till en teamdatabas (postgresql://server/databas).</translation>
    </message>
    <message>
        <source>is not a valid address: %1</source>
        <translation>är ingen giltig adress: %1</translation>
    </message>
    <message>
        <source>the address holds a password. Tilltro stores no password: remove it and let the login come from Kerberos, a client certificate, ~/.pgpass or a service file.</source>
        <translation>adressen innehåller ett lösenord. Tilltro sparar inga lösenord: ta bort det och låt inloggningen komma från Kerberos, ett klientcertifikat, ~/.pgpass eller en tjänstefil.</translation>
    </message>
    <message>
        <source>Tilltro does not pass on the parameter %1.</source>
        <translation>Tilltro skickar inte vidare parametern %1.</translation>
    </message>
    <message>
        <source>names no server.</source>
        <translation>anger ingen server.</translation>
    </message>
    <message>
        <source>names no database (postgresql://host/database).</source>
        <translation>anger ingen databas (postgresql://server/databas).</translation>
    </message>
    <message>
        <source>the port must be 1 to 65535.</source>
        <translation>porten måste vara 1 till 65535.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not allowed over the network: use sslmode=verify-full, so that the server&apos;s certificate is verified.</source>
        <translation>sslmode=%1 är inte tillåtet över nätverket: använd sslmode=verify-full, så att serverns certifikat verifieras.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>Qt:s PostgreSQL-drivrutin är inte installerad (i Debian: paketet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1: the database is not a Tilltro team database.</source>
        <translation>%1: databasen är ingen teamdatabas för Tilltro.</translation>
    </message>
    <message>
        <source>%1: the database is not a Tilltro team database (it has no schema_info the login may read).</source>
        <translation>%1: databasen är ingen teamdatabas för Tilltro (den har ingen schema_info som inloggningen får läsa).</translation>
    </message>
    <message>
        <source>%1: the team database has schema version %2; this Tilltro knows %3. Update Tilltro.</source>
        <translation>%1: teamdatabasen har schemaversion %2; det här Tilltro känner till %3. Uppdatera Tilltro.</translation>
    </message>
    <message>
        <source>the server did not answer: it may be down, or not reachable from this network. Try again in a while, or ask your IT department.</source>
        <translation>servern svarade inte: den kan vara nere eller inte nås från det här nätverket. Försök igen om en stund, eller fråga IT-avdelningen.</translation>
    </message>
    <message>
        <source>the list of hosts has an empty name.</source>
        <translation>listan över servrar har ett tomt namn.</translation>
    </message>
    <message>
        <source>target_session_attrs=%1: Tilltro saves changes, so it connects only to read-write or primary.</source>
        <translation>target_session_attrs=%1: Tilltro sparar ändringar och ansluter därför bara till read-write eller primary.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Organisation &amp;name (on prints):</source>
        <translation>Organisationens &amp;namn (på utskrifter):</translation>
    </message>
    <message>
        <source>&amp;Logo (optional):</source>
        <translation>&amp;Logotyp (frivillig):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Retention (years after the end):</source>
        <translation>&amp;Gallring (år efter avslut):</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>Du är:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Lock after &amp;minutes without use:</source>
        <translation>Lås efter &amp;minuter utan användning:</translation>
    </message>
    <message>
        <source>Lock after minutes without use (0 = never)</source>
        <translation>Lås efter så många minuter utan användning (0 = aldrig)</translation>
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
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ange lösen&amp;ord…</translation>
    </message>
    <message>
        <source>Remo&amp;ve password</source>
        <translation>&amp;Ta bort lösenord</translation>
    </message>
</context>
<context>
    <name>Signal</name>
    <message>
        <source>No insats is running. In BIP, deltagare without any insats drifted further away from work.</source>
        <translation>Ingen insats pågår. I BIP kom deltagare utan insats längre bort från arbete.</translation>
    </message>
    <message>
        <source>In the last three months no two insatser ran at the same time. In BIP, skills, health and social insatser helped when they ran in parallel with a job-oriented one.</source>
        <translation>De senaste tre månaderna har inga två insatser pågått samtidigt. I BIP hjälpte kompetenshöjande, hälsoinriktade och sociala insatser när de pågick parallellt med en jobbinriktad.</translation>
    </message>
    <message>
        <source>None of the insatser in the last three months was job-oriented. In BIP, skills, health and social insatser moved people only in parallel with a job-oriented one; only about 18 % had such a combination.</source>
        <translation>Ingen av insatserna de senaste tre månaderna var jobbinriktad. I BIP flyttade kompetenshöjande, hälsoinriktade och sociala insatser deltagarna framåt bara parallellt med en jobbinriktad; bara omkring 18 % fick en sådan kombination.</translation>
    </message>
    <message>
        <source>The handledare has changed since the latest assessment. In BIP, each change of handledare lowered the chance of a job by about 22 %; a good handover softens it.</source>
        <translation>Handledaren har bytts sedan den senaste skattningen. I BIP sänkte varje byte av handledare chansen till arbete med omkring 22 %; en god överlämning mildrar det.</translation>
    </message>
    <message>
        <source>At the latest assessment the handledare&apos;s belief was doubtful or no. In BIP, the handledare&apos;s belief was the strongest sign of a job: after a year 27 % of those believed in were in work, against 1 % of the others.</source>
        <translation>Vid den senaste skattningen var handledarens tilltro tveksam eller nej. I BIP var handledarens tilltro det starkaste tecknet på arbete: efter ett år var 27 % av dem handledaren trodde på i arbete, mot 1 % av de andra.</translation>
    </message>
    <message>
        <source>The handledare&apos;s belief fell at each of the last two assessments. In BIP, the handledare&apos;s belief was one of the strongest signs of the way ahead.</source>
        <translation>Handledarens tilltro har sjunkit vid var och en av de två senaste skattningarna. I BIP var handledarens tilltro ett av de starkaste tecknen på hur det skulle gå.</translation>
    </message>
    <message>
        <source>Goal-directedness fell since the previous assessment. In BIP, goal-directedness was one of the seven indicators that predicted a job.</source>
        <translation>Målmedvetenheten har sjunkit sedan förra skattningen. I BIP var målmedvetenhet en av de sju indikatorer som förutsade arbete.</translation>
    </message>
    <message>
        <source>The next assessment is overdue. BIP&apos;s results rest on following each deltagare up every three months.</source>
        <translation>Nästa skattning är försenad. BIP:s resultat bygger på att varje deltagare följs upp var tredje månad.</translation>
    </message>
    <message>
        <source>The next assessment is due within 14 days: book the meeting. BIP&apos;s results rest on following each deltagare up every three months.</source>
        <translation>Nästa skattning ska göras inom 14 dagar: boka mötet. BIP:s resultat bygger på att varje deltagare följs upp var tredje månad.</translation>
    </message>
    <message>
        <source>There is no current consent for registration. Ask for it at the next meeting, or end the registration.</source>
        <translation>Det finns inget gällande samtycke till registrering. Fråga vid nästa möte, eller avsluta registreringen.</translation>
    </message>
    <message>
        <source>An assessment was started on an earlier day and never completed: it does not count in the change table or the statistics until it is.</source>
        <translation>En skattning påbörjades en tidigare dag och blev aldrig klar: den räknas inte i förändringstabellen eller statistiken förrän den är klar.</translation>
    </message>
    <message>
        <source>No insats</source>
        <translation>Ingen insats</translation>
    </message>
    <message>
        <source>Not parallel</source>
        <translation>Inga parallella insatser</translation>
    </message>
    <message>
        <source>No job-oriented insats</source>
        <translation>Ingen jobbinriktad insats</translation>
    </message>
    <message>
        <source>New handledare</source>
        <translation>Ny handledare</translation>
    </message>
    <message>
        <source>Low belief</source>
        <translation>Låg tilltro</translation>
    </message>
    <message>
        <source>Belief falling</source>
        <translation>Sjunkande tilltro</translation>
    </message>
    <message>
        <source>Goal-directedness falling</source>
        <translation>Sjunkande målmedvetenhet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Snart dags</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <source>Unfinished draft</source>
        <translation>Ofärdigt utkast</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The summaries are of different instruments (%1 and %2): their indicators do not mean the same.</source>
        <translation>Sammanställningarna gäller olika instrument (%1 och %2): deras indikatorer betyder inte samma sak.</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>färre än 5</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more, or null</source>
        <translation>måste vara ett heltal, 0 eller mer, eller null</translation>
    </message>
    <message>
        <source>is %1: a figure under 5 deltagare must be null (the summary is not anonymous)</source>
        <translation>är %1: en siffra under 5 deltagare måste vara null (sammanställningen är inte anonym)</translation>
    </message>
    <message>
        <source>must be a number or null</source>
        <translation>måste vara ett tal eller null</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1, or null</source>
        <translation>måste vara en andel mellan 0 och 1, eller null</translation>
    </message>
    <message>
        <source>must be a change on the instrument&apos;s scale</source>
        <translation>måste vara en förändring på instrumentets skala</translation>
    </message>
    <message>
        <source>must be null: it rests on fewer than 5 deltagare (the summary is not anonymous)</source>
        <translation>måste vara null: den bygger på färre än 5 deltagare (sammanställningen är inte anonym)</translation>
    </message>
    <message>
        <source>shows a part of %1 deltagare (the summary is not anonymous)</source>
        <translation>visar en del med %1 deltagare (sammanställningen är inte anonym)</translation>
    </message>
    <message>
        <source>lets %1 hidden deltagare be worked out by subtraction (the summary is not anonymous)</source>
        <translation>låter %1 dolda deltagare räknas fram genom subtraktion (sammanställningen är inte anonym)</translation>
    </message>
    <message>
        <source>must be a key (text)</source>
        <translation>måste vara en nyckel (text)</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>måste vara ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or null</source>
        <translation>måste vara ett datum (ÅÅÅÅ-MM-DD) eller null</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-statistics&quot;: this is not a statistics summary from Tilltro</source>
        <translation>måste vara &quot;tilltro-statistics&quot;: det här är ingen statistiksammanställning från Tilltro</translation>
    </message>
    <message>
        <source>must be 1: this program reads version 1 of the summary</source>
        <translation>måste vara 1: programmet läser version 1 av sammanställningen</translation>
    </message>
    <message>
        <source>must be a whole number, 1 or more</source>
        <translation>måste vara ett heltal, 1 eller mer</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>måste vara ett heltal, 0 eller mer</translation>
    </message>
    <message>
        <source>must be an insats category or null</source>
        <translation>måste vara en insatskategori eller null</translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation>Sammanställningen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period från</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period till</translation>
    </message>
    <message>
        <source>Summaries merged</source>
        <translation>Sammanslagna sammanställningar</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>Deltagare with two assessments or more</source>
        <translation>Deltagare med två skattningar eller fler</translation>
    </message>
    <message>
        <source>Overdue assessments</source>
        <translation>Försenade skattningar</translation>
    </message>
    <message>
        <source>Share with parallel insatser</source>
        <translation>Andel med parallella insatser</translation>
    </message>
    <message>
        <source>Share with a job-oriented insats in parallel</source>
        <translation>Andel med en jobbinriktad insats parallellt</translation>
    </message>
    <message>
        <source>BIP reference: job-oriented insats in parallel</source>
        <translation>BIP som jämförelse: jobbinriktad insats parallellt</translation>
    </message>
    <message>
        <source>Share with a change of handledare</source>
        <translation>Andel som bytt handledare</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Median change</source>
        <translation>Förändring, median</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Nedre kvartil</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Övre kvartil</translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation>Andel som gått upp</translation>
    </message>
    <message>
        <source>Share unchanged</source>
        <translation>Andel oförändrade</translation>
    </message>
    <message>
        <source>Share worsened</source>
        <translation>Andel som gått ned</translation>
    </message>
    <message>
        <source>All, deltagare&apos;s rating</source>
        <translation>Alla, deltagarens skattning</translation>
    </message>
    <message>
        <source>All, handledare&apos;s rating</source>
        <translation>Alla, handledarens skattning</translation>
    </message>
    <message>
        <source>With a change of handledare</source>
        <translation>Med byte av handledare</translation>
    </message>
    <message>
        <source>Without a change of handledare</source>
        <translation>Utan byte av handledare</translation>
    </message>
    <message>
        <source>Belief at the first assessment: %1</source>
        <translation>Tilltro vid första skattningen: %1</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Ended with insatser: %1</source>
        <translation>Avslutade med insatser: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>To work</source>
        <translation>Till arbete</translation>
    </message>
    <message>
        <source>To studies</source>
        <translation>Till studier</translation>
    </message>
    <message>
        <source>Other ending</source>
        <translation>Annat avslut</translation>
    </message>
    <message>
        <source>Summaries %1 and %2 are the same: merged, their deltagare would be counted twice.</source>
        <translation>Sammanställning %1 och %2 är likadana: sammanslagna skulle deras deltagare räknas två gånger.</translation>
    </message>
    <message>
        <source>shows more deltagare than its group has</source>
        <translation>visar fler deltagare än gruppen har</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <source>must be the key of an insats category (a-z, 0-9, _ and -, such as &quot;social&quot;)</source>
        <translation>måste vara nyckeln till en typ av insats (a–z, 0–9, _ och -, till exempel &quot;social&quot;)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 står två gånger</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database to open.</source>
        <translation>Databasen som ska öppnas.</translation>
    </message>
    <message>
        <source>The window needs a display, and none was found (DISPLAY is not set). The commands work without one:</source>
        <translation>Fönstret behöver en skärm, och ingen hittades (DISPLAY är inte satt). Kommandona fungerar utan skärm:</translation>
    </message>
</context>
<context>
    <name>tilltro::CaseloadModel</name>
    <message>
        <source>[protected]</source>
        <translation>[skyddad]</translation>
    </message>
</context>
<context>
    <name>tilltro::chart::RadarChartView</name>
    <message>
        <source>BIP indicator (bold): linked to getting work</source>
        <translation>BIP-indikator (fetstil): hänger ihop med att få arbete</translation>
    </message>
    <message>
        <source>No answer (hollow marker)</source>
        <translation>Inget svar (ihålig markering)</translation>
    </message>
    <message>
        <source>Sub-goal target (dashed mark)</source>
        <translation>Delmålets målnivå (streckad markering)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Målnivå: %1</translation>
    </message>
    <message>
        <source>%1
Target: %2</source>
        <translation>%1
Målnivå: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>Spindeldiagram</translation>
    </message>
    <message>
        <source>No assessment is shown.</source>
        <translation>Ingen skattning visas.</translation>
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
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Log — %1</source>
        <translation>Logg – %1</translation>
    </message>
    <message>
        <source>What has been recorded about %1: who created, changed, exported or printed what, and when. The log holds no names or texts and is kept after an erasure.</source>
        <translation>Det som har registrerats om %1: vem som skapade, ändrade, exporterade eller skrev ut vad, och när. Loggen innehåller inga namn eller texter och finns kvar efter en radering.</translation>
    </message>
    <message>
        <source>Log — whole database</source>
        <translation>Logg – hela databasen</translation>
    </message>
    <message>
        <source>Everything recorded in this database: who created, changed, erased, exported or printed what, and when. The log holds no names or texts and is kept after an erasure. Export it for a log review.</source>
        <translation>Allt som har registrerats i denna databas: vem som skapade, ändrade, raderade, exporterade eller skrev ut vad, och när. Loggen innehåller inga namn eller texter och finns kvar efter en radering. Exportera den för logguppföljning.</translation>
    </message>
    <message>
        <source>The database is open read-only. Every export of the log is recorded in the log, so exporting needs the database open for editing.</source>
        <translation>Databasen är öppen skrivskyddad. Varje export av loggen förs in i loggen, så export kräver att databasen är öppen för redigering.</translation>
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
        <translation>Exportera loggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::BlankFormDialog</name>
    <message>
        <source>Blank form for the participant</source>
        <translation>Blankett för deltagaren</translation>
    </message>
    <message>
        <source>The participant&apos;s questions with boxes to tick, to think about before the meeting. Name and date are left empty to write by hand: nothing about a participant is printed.</source>
        <translation>Deltagarens frågor med rutor att kryssa i, att fundera på före mötet. Namn och datum lämnas tomma och fylls i för hand: ingenting om någon deltagare skrivs ut.</translation>
    </message>
    <message>
        <source>&amp;Easy-read</source>
        <translation>&amp;Lättläst</translation>
    </message>
    <message>
        <source>Easy-read</source>
        <translation>Lättläst</translation>
    </message>
    <message>
        <source>Shorter questions and answers, larger type and more space</source>
        <translation>Kortare frågor och svar, större text och mer luft</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Blankettens språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>The form could not be made</source>
        <translation>Blanketten kunde inte göras</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Save the blank form as PDF</source>
        <translation>Spara blanketten som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Print the blank form</source>
        <translation>Skriv ut blanketten</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickad till skrivaren.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::CaseloadModel</name>
    <message>
        <source>Ended %1</source>
        <translation>Avslutad %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>[protected]</source>
        <translation>[skyddad]</translation>
    </message>
    <message>
        <source>Protected identity: the name is shown only in the edit dialog.</source>
        <translation>Skyddad identitet: namnet visas bara i redigeringsdialogen.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Senaste skattning</translation>
    </message>
    <message>
        <source>Next assessment due</source>
        <translation>Nästa skattning</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without an insats since the start.</source>
        <translation>
            <numerusform>%n dag utan insats sedan starten.</numerusform>
            <numerusform>%n dagar utan insats sedan starten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of handledare in all.</source>
        <translation>
            <numerusform>%n byte av handledare totalt.</numerusform>
            <numerusform>%n byten av handledare totalt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signals, a draft</source>
        <translation>Inga signaler, ett utkast</translation>
    </message>
    <message>
        <source>No signals</source>
        <translation>Inga signaler</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::CaseloadPane</name>
    <message>
        <source>Filter by signal</source>
        <translation>Filtrera på signal</translation>
    </message>
    <message>
        <source>Show only participants with any of the ticked signals</source>
        <translation>Visa bara deltagare med någon av de markerade signalerna</translation>
    </message>
    <message>
        <source>Signals to show</source>
        <translation>Signaler att visa</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
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
            <numerusform>Signaler: %n vald</numerusform>
            <numerusform>Signaler: %n valda</numerusform>
        </translation>
    </message>
    <message>
        <source>All participants are shown.</source>
        <translation>Alla deltagare visas.</translation>
    </message>
    <message>
        <source>Shown: participants with any of %1.</source>
        <translation>Visas: deltagare med någon av %1.</translation>
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
        <translation>Inget datum. Skriv datumet som 2027-03-04 eller 20270304.</translation>
    </message>
    <message>
        <source>%1 is too late: the latest date allowed here is %2.</source>
        <translation>%1 är för sent: det senaste datum som går här är %2.</translation>
    </message>
    <message>
        <source>%1 is too early: the earliest date allowed here is %2.</source>
        <translation>%1 är för tidigt: det tidigaste datum som går här är %2.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::GallringDialog</name>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutades</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be erased.</source>
        <translation>Databasen är öppen skrivskyddad: inget kan raderas.</translation>
    </message>
    <message numerus="yes">
        <source>Participations that ended more than %n year(s) ago, that is before %1. The retention period is chosen in Settings.</source>
        <translation>
            <numerusform>Deltaganden som avslutades för mer än %n år sedan, det vill säga före %1. Gallringsfristen väljs i Inställningar.</numerusform>
            <numerusform>Deltaganden som avslutades för mer än %n år sedan, det vill säga före %1. Gallringsfristen väljs i Inställningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Radera %1</translation>
    </message>
    <message>
        <source>Nothing is listed: the retention period is not known.</source>
        <translation>Inget visas: gallringsfristen är inte känd.</translation>
    </message>
    <message>
        <source>No participants to erase: no participation ended that long ago.</source>
        <translation>Inga deltagare att gallra: inget deltagande avslutades så länge sedan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) ticked.</source>
        <translation>
            <numerusform>%1 av %n deltagare markerad.</numerusform>
            <numerusform>%1 av %n deltagare markerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase participants</source>
        <translation>Radera deltagare</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n participant(s) and everything stored about them: assessments, action plans, interventions, consents and history? This cannot be undone. Only a note that an erasure took place is kept in the log.</source>
        <translation>
            <numerusform>Radera %n deltagare och allt som finns lagrat om dem: skattningar, handlingsplaner, insatser, samtycken och historik? Det går inte att ångra. Bara en notering om att en radering skett finns kvar i loggen.</numerusform>
            <numerusform>Radera %n deltagare och allt som finns lagrat om dem: skattningar, handlingsplaner, insatser, samtycken och historik? Det går inte att ångra. Bara en notering om att en radering skett finns kvar i loggen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) erased. Copies made outside Tilltro (exports, printouts, backups saved elsewhere) must be deleted by hand.</source>
        <translation>
            <numerusform>%n deltagare raderad. Kopior utanför Tilltro (exporter, utskrifter, säkerhetskopior sparade på andra ställen) måste tas bort för hand.</numerusform>
            <numerusform>%n deltagare raderade. Kopior utanför Tilltro (exporter, utskrifter, säkerhetskopior sparade på andra ställen) måste tas bort för hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tilltro::gui::HandbookDialog</name>
    <message>
        <source>Tilltro manual</source>
        <translation>Tilltros handbok</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Find in the manual</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Word to find (Enter: next, Shift+Enter: previous)</source>
        <translation>Ord att söka (Enter: nästa, Skift+Enter: föregående)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbok</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
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
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Redigera insats</translation>
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
        <translation>Instrumentets versioner i den här databasen. Nya skattningar använder den som är markerad; tidigare skattningar behåller versionen de besvarades med.</translation>
    </message>
    <message>
        <source>Instrument versions</source>
        <translation>Instrumentversioner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>For new assessments</source>
        <translation>För nya skattningar</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versioner:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import a version</source>
        <translation>Importera en version</translation>
    </message>
    <message>
        <source>Read a new version of the instrument from a JSON file</source>
        <translation>Läs en ny version av instrumentet från en JSON-fil</translation>
    </message>
    <message>
        <source>&amp;Use for new assessments</source>
        <translation>&amp;Använd för nya skattningar</translation>
    </message>
    <message>
        <source>Use for new assessments</source>
        <translation>Använd för nya skattningar</translation>
    </message>
    <message>
        <source>New assessments use the chosen version</source>
        <translation>Nya skattningar använder den valda versionen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (inbyggt)</translation>
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
        <translation>Importera en version av instrumentet</translation>
    </message>
    <message>
        <source>Instrument (*.json)</source>
        <translation>Instrument (*.json)</translation>
    </message>
    <message>
        <source>The instrument was not imported</source>
        <translation>Instrumentet importerades inte</translation>
    </message>
    <message>
        <source>%1 version %2 was already in the database; nothing was changed.</source>
        <translation>%1 version %2 fanns redan i databasen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Imported %1 version %2. Choose it and press &quot;Use for new assessments&quot; to use it.</source>
        <translation>Importerade %1 version %2. Markera den och tryck på ”Använd för nya skattningar” för att använda den.</translation>
    </message>
    <message>
        <source>The instrument was not chosen</source>
        <translation>Instrumentet valdes inte</translation>
    </message>
    <message>
        <source>New assessments use %1 version %2; earlier assessments keep their version.</source>
        <translation>Nya skattningar använder %1 version %2; tidigare skattningar behåller sin version.</translation>
    </message>
    <message>
        <source>%1 (job-oriented)</source>
        <translation>%1 (jobbinriktad)</translation>
    </message>
    <message>
        <source>Its own lists.</source>
        <translation>Egna listor.</translation>
    </message>
    <message>
        <source>The built-in lists.</source>
        <translation>De inbyggda listorna.</translation>
    </message>
    <message>
        <source>%1 Kinds of intervention: %2. Why a participation ends: %3.</source>
        <translation>%1 Typer av insats: %2. Avslutsorsaker: %3.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::LockController</name>
    <message>
        <source>Hide everything behind a lock screen until it is unlocked</source>
        <translation>Döljer allt bakom en låsskärm tills den låses upp</translation>
    </message>
    <message>
        <source>Tilltro — locked</source>
        <translation>Tilltro — låst</translation>
    </message>
    <message>
        <source>Unlock without a password?</source>
        <translation>Lås upp utan lösenord?</translation>
    </message>
    <message>
        <source>No password is set, so anyone at this computer can unlock Tilltro. Set a password under File › Settings to protect it.

Unlock now?</source>
        <translation>Inget lösenord är angivet, så vem som helst vid datorn kan låsa upp Tilltro. Ange ett lösenord under Arkiv › Inställningar för att skydda det.

Låsa upp nu?</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before you try again.</source>
        <translation>
            <numerusform>Vänta %n sekund innan du försöker igen.</numerusform>
            <numerusform>Vänta %n sekunder innan du försöker igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password %1 times in a row. Wait %n second(s) before you try again.</source>
        <translation>
            <numerusform>Fel lösenord %1 gånger i rad. Vänta %n sekund innan du försöker igen.</numerusform>
            <numerusform>Fel lösenord %1 gånger i rad. Vänta %n sekunder innan du försöker igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Fel lösenord. Försök igen.</translation>
    </message>
    <message>
        <source>Quit Tilltro?</source>
        <translation>Avsluta Tilltro?</translation>
    </message>
    <message>
        <source>Assessments and plans are saved as they are typed and are kept. What was typed in an open dialog and not yet saved with OK is lost.</source>
        <translation>Skattningar och handlingsplaner sparas medan du skriver och finns kvar. Det som skrivits i en öppen dialogruta och inte sparats med OK försvinner.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Tilltro could not save everything, so it does not quit. Try again in a moment.</source>
        <translation>Tilltro kunde inte spara allt och avslutas därför inte. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>L&amp;ås</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::LockPasswordDialog</name>
    <message>
        <source>Set a lock password</source>
        <translation>Ange lösenord för låset</translation>
    </message>
    <message>
        <source>Change the lock password</source>
        <translation>Byt lösenord för låset</translation>
    </message>
    <message>
        <source>Remove the lock password</source>
        <translation>Ta bort lösenordet för låset</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>N&amp;uvarande lösenord:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Upprepa det nya lösenordet</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>U&amp;pprepa det nya lösenordet:</translation>
    </message>
    <message>
        <source>Without a password, anyone at this computer can unlock Tilltro.</source>
        <translation>Utan lösenord kan vem som helst vid datorn låsa upp Tilltro.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Only a salted hash is stored, in your own settings; a forgotten password cannot be read back.</source>
        <translation>
            <numerusform>Minst %n tecken. Bara en saltad kontrollsumma sparas, i dina egna inställningar; ett glömt lösenord går inte att läsa ut.</numerusform>
            <numerusform>Minst %n tecken. Bara en saltad kontrollsumma sparas, i dina egna inställningar; ett glömt lösenord går inte att läsa ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n character(s).</source>
        <translation>
            <numerusform>Det nya lösenordet måste ha minst %n tecken.</numerusform>
            <numerusform>Det nya lösenordet måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new one again twice.</source>
        <translation>De två nya lösenorden är inte samma. Skriv det nya två gånger igen.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Det nuvarande lösenordet är fel. Ingenting ändrades.</translation>
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
        <translation>Tilltro är låst</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>&amp;Quit Tilltro</source>
        <translation>&amp;Avsluta Tilltro</translation>
    </message>
    <message>
        <source>Quit Tilltro</source>
        <translation>Avsluta Tilltro</translation>
    </message>
    <message>
        <source>No password is set. Choose Unlock to continue.</source>
        <translation>Inget lösenord är angivet. Välj Lås upp för att fortsätta.</translation>
    </message>
    <message>
        <source>Type your password and press Enter.</source>
        <translation>Skriv ditt lösenord och tryck Enter.</translation>
    </message>
    <message>
        <source>The stored lock password is damaged, so no password can unlock Tilltro. Quit Tilltro (assessments and plans are already saved), start it again and set a new password under File › Settings.</source>
        <translation>Det sparade lösenordet för låset är skadat, så inget lösenord kan låsa upp Tilltro. Avsluta Tilltro (skattningar och handlingsplaner är redan sparade), starta det igen och ange ett nytt lösenord under Arkiv › Inställningar.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::MainWindow</name>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Sök i deltagarlistan</translation>
    </message>
    <message>
        <source>Filter by code, name or case worker (Ctrl+F)</source>
        <translation>Filtrera på kod, namn eller handledare (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n utan samtycke</numerusform>
            <numerusform>%n utan samtycke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n visas</numerusform>
            <numerusform>%n visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the database… Changes are saved as soon as the check is done.</source>
        <translation>Kontrollerar databasen … Ändringar sparas så snart kontrollen är klar.</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Det går inte att skapa databasen</translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation>Databasen gick inte att kontrollera</translation>
    </message>
    <message>
        <source>%1

It stays open so that you can read it, but changes cannot be saved until it has been opened again.</source>
        <translation>%1

Den är fortfarande öppen så att du kan läsa den, men ändringar kan inte sparas förrän den har öppnats igen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Det går inte att öppna databasen</translation>
    </message>
    <message>
        <source>%1

Open it read-only instead?</source>
        <translation>%1

Vill du öppna den skrivskyddad i stället?</translation>
    </message>
    <message>
        <source>%1

Open the newest backup (%2) as a new working copy? The damaged file is left as it is.</source>
        <translation>%1

Vill du öppna den senaste säkerhetskopian (%2) som en ny arbetskopia? Den skadade filen lämnas som den är.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Det går inte att återställa säkerhetskopian</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro *.db)</source>
        <translation>Tilltro-databaser (*.tilltro *.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro *.db);;All files (*)</source>
        <translation>Tilltro-databaser (*.tilltro *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro)</source>
        <translation>Tilltro-databaser (*.tilltro)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Det gick inte att säkerhetskopiera</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Säkerhetskopian sparades i %1.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>The backup was restored as %1. The backup itself is unchanged.</source>
        <translation>Säkerhetskopian återställdes som %1. Själva säkerhetskopian är oförändrad.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) erased after the backup was made were erased again in the copy.</source>
        <translation>
            <numerusform>%n deltagare som raderats efter att säkerhetskopian gjordes raderades igen i kopian.</numerusform>
            <numerusform>%n deltagare som raderats efter att säkerhetskopian gjordes raderades igen i kopian.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cannot read the caseload</source>
        <translation>Det går inte att läsa deltagarlistan</translation>
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
        <translation>Tilltro hjälper handledare och deltagare att genomföra kvartalets SKAPA-skattning: båda skattar indikatorerna för anställningsbarhet från den danska BIP-forskningen, ser hur deltagaren har rört sig och kommer överens om en handlingsplan mot arbete eller studier.

BIP (Beskæftigelses Indikator Projektet) följde omkring 4&#xa0;000 långtidsarbetslösa personer och fann sju indikatorer som förutsäger att man får ett arbete – den starkaste är handledarens egen tilltro till att personen kommer att få ett.

All data stannar i databasfilen på den här datorn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reopen participation</source>
        <translation>Återöppna deltagande</translation>
    </message>
    <message>
        <source>Reopen the participation of %1? The end date and reason are removed.</source>
        <translation>Vill du återöppna deltagandet för %1? Slutdatum och orsak tas bort.</translation>
    </message>
    <message>
        <source>Cannot reopen</source>
        <translation>Det går inte att återöppna</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Radera deltagare</translation>
    </message>
    <message>
        <source>Erase everything stored about %1: assessments, action plans, interventions, consents and history? This cannot be undone. Only a note that an erasure took place is kept in the log.</source>
        <translation>Vill du radera allt som finns sparat om %1: skattningar, handlingsplaner, insatser, samtycken och historik? Det går inte att ångra. Bara en notering om att en radering har gjorts sparas i loggen.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>%1 has been erased.</source>
        <translation>%1 har raderats.</translation>
    </message>
    <message>
        <source>An open assessment could not be saved and closed; nothing was erased.</source>
        <translation>En öppen skattning kunde inte sparas och stängas; inget raderades.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Action plan (PDF)</source>
        <translation>Handlingsplan (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Register extract: choose a folder</source>
        <translation>Registerutdrag: välj en mapp</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Register extract saved in %1: %2 and %3.</source>
        <translation>Registerutdraget sparades i %1: %2 och %3.</translation>
    </message>
    <message>
        <source>Export (JSON)</source>
        <translation>Exportera (JSON)</translation>
    </message>
    <message>
        <source>Export only %1? Choose No to export every participant.</source>
        <translation>Vill du bara exportera %1? Välj Nej för att exportera alla deltagare.</translation>
    </message>
    <message>
        <source>Include sensitive information?</source>
        <translation>Ta med känsliga uppgifter?</translation>
    </message>
    <message>
        <source>Include the answers about violence and risky use, and the case worker&apos;s notes? They are left out unless you choose Yes.</source>
        <translation>Vill du ta med svaren om våld och riskbruk och handledarens anteckningar? De tas bara med om du väljer Ja.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Det gick inte att exportera</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>%n deltagare exporterades till %1.</numerusform>
            <numerusform>%n deltagare exporterades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import (JSON)</source>
        <translation>Importera (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Det gick inte att importera</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ingenting har importerats. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s).</source>
        <translation>
            <numerusform>%n deltagare importerades.</numerusform>
            <numerusform>%n deltagare importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Inga skattningar ännu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Det går inte att öppna skattningen</translation>
    </message>
    <message>
        <source>Cannot read the assessments</source>
        <translation>Det går inte att läsa skattningarna</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Fortsätta med utkastet?</translation>
    </message>
    <message>
        <source>An assessment from %1 was started but not completed. Continue it?</source>
        <translation>En skattning från %1 påbörjades men slutfördes inte. Vill du fortsätta med den?</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <source>No current consent for registration is recorded for %1. Start the assessment anyway?</source>
        <translation>Inget gällande samtycke till registrering finns sparat för %1. Vill du starta skattningen ändå?</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>The meeting with this participant is open: the assessment is filled in there.</source>
        <translation>Mötet med deltagaren är öppet: skattningen fylls i där.</translation>
    </message>
    <message>
        <source>Cannot connect to the team database</source>
        <translation>Det gick inte att ansluta till teamdatabasen</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Teamdatabas: %1</translation>
    </message>
    <message>
        <source>Move to team database</source>
        <translation>Flytta till teamdatabas</translation>
    </message>
    <message>
        <source>There are no participants in this file to move.</source>
        <translation>Det finns inga deltagare i den här filen att flytta.</translation>
    </message>
    <message>
        <source>Erase the participants from the file?</source>
        <translation>Radera deltagarna ur filen?</translation>
    </message>
    <message numerus="yes">
        <source>Once they are in the team database, the %n participant(s) are erased from %1 and its automatic backups. This cannot be undone.</source>
        <translation>
            <numerusform>När %n deltagare finns i teamdatabasen raderas den ur %1 och ur dess automatiska säkerhetskopior. Det kan inte ångras.</numerusform>
            <numerusform>När de %n deltagarna finns i teamdatabasen raderas de ur %1 och ur dess automatiska säkerhetskopior. Det kan inte ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from the file</source>
        <translation>Radera ur filen</translation>
    </message>
    <message>
        <source>Cannot move to the team database</source>
        <translation>Det gick inte att flytta till teamdatabasen</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) moved to the team database %1.</source>
        <translation>
            <numerusform>%n deltagare flyttades till teamdatabasen %1.</numerusform>
            <numerusform>%n deltagare flyttades till teamdatabasen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They were erased from the file %1.</source>
        <translation>De raderades ur filen %1.</translation>
    </message>
    <message>
        <source>The file %1 is kept as it was, read-only: it opens read-only from now on.</source>
        <translation>Filen %1 finns kvar som den var, skrivskyddad: den öppnas skrivskyddad från och med nu.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::MeetingWindow</name>
    <message>
        <source>Easy-&amp;read</source>
        <translation>&amp;Lättläst</translation>
    </message>
    <message>
        <source>Easy-read questions</source>
        <translation>Lättlästa frågor</translation>
    </message>
    <message>
        <source>Shorter questions in plain words, in larger type.</source>
        <translation>Kortare frågor med enkla ord, i större text.</translation>
    </message>
    <message>
        <source>&amp;End meeting</source>
        <translation>&amp;Avsluta mötet</translation>
    </message>
    <message>
        <source>Saves everything and goes back to the normal view (Esc).</source>
        <translation>Sparar allt och går tillbaka till den vanliga vyn (Esc).</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left).</source>
        <translation>Föregående steg (Alt+vänsterpil).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>The next step (Alt+Right).</source>
        <translation>Nästa steg (Alt+högerpil).</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Dina svar</translation>
    </message>
    <message>
        <source>The participant&apos;s part</source>
        <translation>Deltagarens del</translation>
    </message>
    <message>
        <source>The case worker&apos;s part</source>
        <translation>Handledarens del</translation>
    </message>
    <message>
        <source>How you have moved</source>
        <translation>Hur du har rört dig</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Resultatet</translation>
    </message>
    <message>
        <source>Follow-up of the plan</source>
        <translation>Uppföljning av planen</translation>
    </message>
    <message>
        <source>The new plan</source>
        <translation>Den nya planen</translation>
    </message>
    <message>
        <source>Next meeting and print</source>
        <translation>Nästa möte och utskrift</translation>
    </message>
    <message>
        <source>Leave &amp;meeting mode (F11)</source>
        <translation>Lämna &amp;mötesläget (F11)</translation>
    </message>
    <message>
        <source>&amp;Meeting mode (F11)</source>
        <translation>&amp;Mötesläge (F11)</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Lämna mötesläget</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Mötesläge</translation>
    </message>
    <message>
        <source>Back to a window for the case worker alone, with the case worker&apos;s part.</source>
        <translation>Tillbaka till ett fönster för handledaren ensam, med handledarens del.</translation>
    </message>
    <message>
        <source>Full screen with large type, showing only what belongs to the participant.</source>
        <translation>Helskärm med stor text, som bara visar det som hör till deltagaren.</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Möte med %1</translation>
    </message>
    <message>
        <source>Meeting with %1 (case worker&apos;s view)</source>
        <translation>Möte med %1 (handledarens vy)</translation>
    </message>
    <message>
        <source>Guided meeting — %1</source>
        <translation>Möte steg för steg — %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <source>Back to: %1</source>
        <translation>Tillbaka till: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>The assessment of %1 is completed; changes are saved and logged.</source>
        <translation>Skattningen %1 är slutförd; ändringar sparas och loggas.</translation>
    </message>
    <message>
        <source>Choose the number that fits you best. A number key chooses it, Tab goes to the next question.</source>
        <translation>Välj den siffra som passar dig bäst. En siffertangent väljer, Tab går till nästa fråga.</translation>
    </message>
    <message>
        <source>The participant&apos;s own answers. A number key chooses, Tab goes on.</source>
        <translation>Deltagarens egna svar. En siffertangent väljer, Tab går vidare.</translation>
    </message>
    <message>
        <source>The participant did not take &amp;part</source>
        <translation>Deltagaren deltog &amp;inte</translation>
    </message>
    <message>
        <source>This assessment is marked: the participant did not take part. Leave meeting mode (F11) to change it.</source>
        <translation>Skattningen är markerad: deltagaren deltog inte. Lämna mötesläget (F11) för att ändra det.</translation>
    </message>
    <message>
        <source>Notes (not printed unless asked for)</source>
        <translation>Anteckningar (skrivs bara ut om du väljer det)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Complete the assessment</source>
        <translation>&amp;Slutför skattningen</translation>
    </message>
    <message>
        <source>Checks that every required question is answered (Ctrl+Return).</source>
        <translation>Kontrollerar att varje fråga som krävs har ett svar (Ctrl+Retur).</translation>
    </message>
    <message>
        <source>When you have answered every question, go on with Next (Alt+Right).</source>
        <translation>När du har svarat på alla frågor går du vidare med Nästa (Alt+högerpil).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Not saved: %1 Trying again…</source>
        <translation>Inte sparat: %1 Försöker igen…</translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation>Slutför skattningen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Also draws the case worker&apos;s rating of the same areas. Remembered for this participant.</source>
        <translation>Visar också handledarens skattning av samma områden. Valet sparas för deltagaren.</translation>
    </message>
    <message>
        <source>This is your first assessment. Next time you will see how you have moved.</source>
        <translation>Det här är din första skattning. Nästa gång ser du hur du har rört dig.</translation>
    </message>
    <message>
        <source>Since last time there is nothing to compare: answers are missing.</source>
        <translation>Sedan förra gången finns inget att jämföra: svar saknas.</translation>
    </message>
    <message numerus="yes">
        <source>Since last time you have gone up in %1 of %n area(s).</source>
        <translation>
            <numerusform>Sedan förra gången har du gått upp i %1 av %n område.</numerusform>
            <numerusform>Sedan förra gången har du gått upp i %1 av %n områden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same in %1, lower in %2.</source>
        <translation>Samma i %1, lägre i %2.</translation>
    </message>
    <message>
        <source>Change per area</source>
        <translation>Förändring per område</translation>
    </message>
    <message>
        <source>The plan has no sub-goals to follow up.</source>
        <translation>Planen har inga delmål att följa upp.</translation>
    </message>
    <message>
        <source>There is no earlier plan to follow up. Go on to make the first one.</source>
        <translation>Det finns ingen tidigare plan att följa upp. Gå vidare och gör den första.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>For each sub-goal: how did it go? Sub-goals not yet achieved, or partly achieved, go on into the new plan.</source>
        <translation>För varje delmål: hur gick det? Delmål som inte är uppnådda, eller delvis uppnådda, följer med till den nya planen.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Klart senast: %1</translation>
    </message>
    <message>
        <source>Status of sub-goal %1</source>
        <translation>Status för delmål %1</translation>
    </message>
    <message>
        <source>Follow-up of sub-goal %1</source>
        <translation>Uppföljning av delmål %1</translation>
    </message>
    <message>
        <source>Make a new plan for the coming months: the goal and the sub-goals not yet achieved (or partly achieved) come along, and the follow-up stays with the earlier plan. Or keep working on the plan you have.</source>
        <translation>Gör en ny plan för de kommande månaderna: målet och delmålen som inte är uppnådda (eller delvis uppnådda) följer med, och uppföljningen stannar i den tidigare planen. Eller fortsätt med planen ni har.</translation>
    </message>
    <message>
        <source>Make the first plan: the goal, and a few sub-goals to start with.</source>
        <translation>Gör den första planen: målet och några delmål att börja med.</translation>
    </message>
    <message>
        <source>Make a &amp;plan</source>
        <translation>Gör en &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Keep the plan we have</source>
        <translation>Be&amp;håll planen vi har</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>The next meeting cannot be before this one (%1).</source>
        <translation>Nästa möte kan inte vara före det här (%1).</translation>
    </message>
    <message>
        <source>The next meeting is agreed with the plan: make a plan first.</source>
        <translation>Nästa möte bestäms med planen: gör en plan först.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No intervention is running.</source>
        <translation>Ingen insats pågår.</translation>
    </message>
    <message>
        <source>Running interventions: %1.</source>
        <translation>Insatser som pågår: %1.</translation>
    </message>
    <message>
        <source>End the meeting?</source>
        <translation>Avsluta mötet?</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1

End the meeting anyway? They are lost then.</source>
        <translation>De senaste ändringarna kunde inte sparas: %1

Avsluta mötet ändå? Då går de förlorade.</translation>
    </message>
    <message>
        <source>Show b&amp;oth perspectives</source>
        <translation>Visa &amp;båda perspektiven</translation>
    </message>
    <message>
        <source>Make a ne&amp;w plan</source>
        <translation>Gör en n&amp;y plan</translation>
    </message>
    <message>
        <source>Next meeting &amp;date:</source>
        <translation>&amp;Datum för nästa möte:</translation>
    </message>
    <message>
        <source>Pr&amp;int the plan…</source>
        <translation>Skriv &amp;ut planen…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Fortsätta på utkastet?</translation>
    </message>
    <message>
        <source>There is a draft assessment from %1. Continue it (it keeps its date)? No starts a new assessment today; the draft stays as it is.</source>
        <translation>Det finns ett utkast till skattning från %1. Fortsätta på det (det behåller sitt datum)? Nej gör en ny skattning i dag; utkastet lämnas som det är.</translation>
    </message>
    <message>
        <source>Not saved: the database of this meeting is no longer open.</source>
        <translation>Inte sparat: mötets databas är inte längre öppen.</translation>
    </message>
    <message>
        <source>Chart of the ratings</source>
        <translation>Diagram över skattningarna</translation>
    </message>
    <message>
        <source>The new plan is made: a sub-goal&apos;s status is changed there now. The follow-up can still be written here.</source>
        <translation>Den nya planen är gjord: ett delmåls status ändras nu där. Uppföljningen kan fortfarande skrivas här.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Hur gick det?</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktuellt steg</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::MoveToTeamDialog</name>
    <message>
        <source>Move to team database</source>
        <translation>Flytta till teamdatabas</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) in this file move to the team database with their whole history: assessments, action plans, interventions and log. There they become yours. Sensitive answers and notes go along: the team database is your unit&apos;s own storage.

All or nothing: if the team database refuses one of them (a code already used there), none is moved and both databases stay as they were.</source>
        <translation>
            <numerusform>Filens %n deltagare flyttas till teamdatabasen med hela sin historik: skattningar, handlingsplaner, insatser och logg. Där blir deltagaren din. Känsliga svar och anteckningar följer med: teamdatabasen är enhetens egen lagring.

Allt eller inget: tar teamdatabasen inte emot deltagaren (till exempel för att koden redan används där) flyttas inget, och båda databaserna förblir som de var.</numerusform>
            <numerusform>De %n deltagarna i den här filen flyttas till teamdatabasen med hela sin historik: skattningar, handlingsplaner, insatser och logg. Där blir de dina. Känsliga svar och anteckningar följer med: teamdatabasen är enhetens egen lagring.

Allt eller inget: tar teamdatabasen inte emot någon av dem (till exempel en kod som redan används där) flyttas ingen, och båda databaserna förblir som de var.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <source>&amp;Keep the file unchanged and read-only</source>
        <translation>&amp;Behåll filen oförändrad och skrivskyddad</translation>
    </message>
    <message>
        <source>Keep the file unchanged and read-only</source>
        <translation>Behåll filen oförändrad och skrivskyddad</translation>
    </message>
    <message>
        <source>The file keeps the participants as they were; it opens read-only from now on.</source>
        <translation>Filen behåller deltagarna som de var; den öppnas skrivskyddad från och med nu.</translation>
    </message>
    <message>
        <source>&amp;Erase the participants from the file</source>
        <translation>&amp;Radera deltagarna ur filen</translation>
    </message>
    <message>
        <source>Erase the participants from the file</source>
        <translation>Radera deltagarna ur filen</translation>
    </message>
    <message>
        <source>They are erased from the file and its automatic backups. This cannot be undone.</source>
        <translation>De raderas ur filen och ur dess automatiska säkerhetskopior. Det kan inte ångras.</translation>
    </message>
    <message>
        <source>After the move</source>
        <translation>Efter flytten</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::OccasionForm</name>
    <message>
        <source>Completed. Changes are saved and logged.</source>
        <translation>Klar. Ändringar sparas och loggas.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny skattning</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>Skattningen finns inte längre.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutades</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>No intervention is running.</source>
        <translation>Ingen insats pågår.</translation>
    </message>
    <message>
        <source>Running: %1.</source>
        <translation>Pågår: %1.</translation>
    </message>
    <message>
        <source>No job-oriented intervention runs in parallel.</source>
        <translation>Ingen jobbinriktad insats pågår parallellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months of the participation.</source>
        <translation>
            <numerusform>%n dag utan någon insats de sista tre månaderna av deltagandet.</numerusform>
            <numerusform>%n dagar utan någon insats de sista tre månaderna av deltagandet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months.</source>
        <translation>
            <numerusform>%n dag utan någon insats de senaste tre månaderna.</numerusform>
            <numerusform>%n dagar utan någon insats de senaste tre månaderna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the assessment?</source>
        <translation>Stänga skattningen?</translation>
    </message>
    <message>
        <source>The date on screen has not been saved; the assessment keeps the date %1. Close it anyway?</source>
        <translation>Datumet på skärmen har inte sparats; skattningen behåller datumet %1. Stänga den ändå?</translation>
    </message>
    <message>
        <source>You have changed the assessment since you last saved. Close it now?

The changes are saved whichever you choose.</source>
        <translation>Du har ändrat skattningen sedan du senast sparade. Stänga den nu?

Ändringarna sparas vad du än väljer.</translation>
    </message>
    <message>
        <source>You have typed in the assessment since you last saved. Close it now?

What you typed is kept as a draft whichever you choose.</source>
        <translation>Du har skrivit i skattningen sedan du senast sparade. Stänga den nu?

Det du skrivit sparas som utkast vad du än väljer.</translation>
    </message>
    <message>
        <source>The participant&apos;s part is done. Next: the case worker&apos;s part. Press Enter to go on.</source>
        <translation>Deltagarens del är klar. Nästa steg: handledarens skattning. Tryck Enter för att gå vidare.</translation>
    </message>
    <message>
        <source>This is the end of the participant&apos;s part. Not answered yet: %1.</source>
        <translation>Här slutar deltagarens del. Inte besvarat ännu: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 Trying again…</source>
        <translation>Inte sparat: %1 Försöker igen…</translation>
    </message>
    <message>
        <source>Changes saved %1 (logged).</source>
        <translation>Ändringarna sparades %1 (loggat).</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Utkastet sparades %1.</translation>
    </message>
    <message>
        <source>The assessment could not be completed: it was not saved.</source>
        <translation>Det gick inte att slutföra skattningen eftersom den inte kunde sparas.</translation>
    </message>
    <message>
        <source>Assessment %1 — %2</source>
        <translation>Skattning %1 — %2</translation>
    </message>
    <message>
        <source>The changes could not be saved, so the form stays open. %1</source>
        <translation>Det gick inte att spara ändringarna, så formuläret är kvar öppet. %1</translation>
    </message>
    <message>
        <source>The participant did not take part</source>
        <translation>Deltagaren deltog inte</translation>
    </message>
    <message numerus="yes">
        <source>The participant&apos;s part has %n answer(s). They are removed when the participant did not take part. Remove them?</source>
        <translation>
            <numerusform>Deltagarens del har %n svar. Det tas bort när deltagaren inte deltog. Ta bort det?</numerusform>
            <numerusform>Deltagarens del har %n svar. De tas bort när deltagaren inte deltog. Ta bort dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant did not take &amp;part</source>
        <translation>Deltagaren deltog &amp;inte</translation>
    </message>
    <message>
        <source>The assessment has the case worker&apos;s part only. It is left out of the participant&apos;s chart and change table.</source>
        <translation>Skattningen har bara handledarens del. Den räknas inte in i deltagarens diagram och förändringstabell.</translation>
    </message>
    <message>
        <source>The assessment is completed without the participant&apos;s part. Make a new assessment for the participant&apos;s answers.</source>
        <translation>Skattningen är slutförd utan deltagarens del. Gör en ny skattning för deltagarens svar.</translation>
    </message>
    <message>
        <source>The participant did not take part. Next: the case worker&apos;s part. Press Enter to go on.</source>
        <translation>Deltagaren deltog inte. Nästa: handledarens del. Tryck Retur för att gå vidare.</translation>
    </message>
    <message>
        <source>No intervention ran at this assessment</source>
        <translation>Ingen insats vid mättillfället</translation>
    </message>
    <message>
        <source>Records that no intervention ran, so that it is not read as unknown. Possible only when no intervention runs on the date of the assessment.</source>
        <translation>Antecknar att ingen insats pågick, så att det inte läses som okänt. Går bara när ingen insats pågår på skattningens datum.</translation>
    </message>
    <message>
        <source>Recorded as &quot;no intervention&quot;, yet one runs on the date: untick it.</source>
        <translation>Antecknat som &quot;ingen insats&quot;, men en insats pågår den dagen: bocka ur rutan.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Discard: your changes are thrown away and the form closes; open the assessment again to see the stored version.</source>
        <translation>Kasta: dina ändringar kastas och formuläret stängs; öppna skattningen igen för att se den sparade versionen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>%1

Close the form anyway? What was typed since the last save is lost.</source>
        <translation>%1

Stänga formuläret ändå? Det som skrivits sedan det senast sparades går förlorat.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::ParticipantDialog</name>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Den här deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (inte längre aktiv)</translation>
    </message>
    <message>
        <source>No case worker</source>
        <translation>Ingen handledare</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Add the new consent to the list, or cancel it, before saving.</source>
        <translation>Lägg till det nya samtycket i listan eller avbryt det innan du sparar.</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Utbyte av uppgifter</translation>
    </message>
    <message>
        <source>Exchange of information with %1</source>
        <translation>Utbyte av uppgifter med %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Say with whom information may be exchanged.</source>
        <translation>Skriv med vem uppgifter får utbytas.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::ParticipantView</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>Case worker %1</source>
        <translation>Handledare %1</translation>
    </message>
    <message>
        <source>Cannot open the participant</source>
        <translation>Det går inte att öppna deltagaren</translation>
    </message>
    <message>
        <source>Radar chart of the chosen assessments</source>
        <translation>Spindeldiagram över de valda skattningarna</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Lägg till insats…</translation>
    </message>
    <message>
        <source>Edit intervention…</source>
        <translation>Ändra insats…</translation>
    </message>
    <message>
        <source>End intervention…</source>
        <translation>Avsluta insats…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Förra</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Sedan förra</translation>
    </message>
    <message>
        <source>Since first</source>
        <translation>Sedan första</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>work</source>
        <translation>arbete</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>studier</translation>
    </message>
    <message>
        <source>Case worker: %1</source>
        <translation>Handledare: %1</translation>
    </message>
    <message>
        <source>Next assessment %1 (overdue)</source>
        <translation>Nästa skattning %1 (försenad)</translation>
    </message>
    <message>
        <source>Next assessment %1</source>
        <translation>Nästa skattning %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Avslutad %1</translation>
    </message>
    <message>
        <source> (start)</source>
        <translation> (start)</translation>
    </message>
    <message>
        <source> — draft</source>
        <translation> — utkast</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, running</source>
        <translation>från %1, pågår</translation>
    </message>
    <message>
        <source>A job-oriented intervention runs in parallel with another.</source>
        <translation>En jobbinriktad insats pågår parallellt med en annan.</translation>
    </message>
    <message>
        <source>No job-oriented intervention in the last three months of the participation.</source>
        <translation>Ingen jobbinriktad insats de sista tre månaderna av deltagandet.</translation>
    </message>
    <message>
        <source>No job-oriented intervention in the last three months.</source>
        <translation>Ingen jobbinriktad insats de senaste tre månaderna.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months of the participation.</source>
        <translation>
            <numerusform>%n dag utan någon insats de sista tre månaderna av deltagandet.</numerusform>
            <numerusform>%n dagar utan någon insats de sista tre månaderna av deltagandet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months.</source>
        <translation>
            <numerusform>%n dag utan någon insats de senaste tre månaderna.</numerusform>
            <numerusform>%n dagar utan någon insats de senaste tre månaderna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick an assessment to compare.</source>
        <translation>Kryssa i en skattning för att jämföra.</translation>
    </message>
    <message>
        <source>The case worker&apos;s rating is from %1, the latest ticked assessment.</source>
        <translation>Handledarens skattning är från %1, den senaste ikryssade skattningen.</translation>
    </message>
    <message>
        <source>★ BIP: predicts getting a job</source>
        <translation>★ BIP: förutsäger att man får ett jobb</translation>
    </message>
    <message>
        <source>Change shows from the second completed assessment.</source>
        <translation>Förändring visas från den andra klara skattningen.</translation>
    </message>
    <message>
        <source>Since the previous assessment: %1 improved, %2 unchanged, %3 worsened.</source>
        <translation>Sedan förra skattningen: %1 förbättrade, %2 oförändrade, %3 försämrade.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>Spindeldiagram</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>The signals could not be read: %1</source>
        <translation>Signalerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Signals:</source>
        <translation>Signaler:</translation>
    </message>
    <message>
        <source>Next meeting %1 (agreed; overdue)</source>
        <translation>Nästa möte %1 (överenskommet; försenat)</translation>
    </message>
    <message>
        <source>Next meeting %1 (agreed)</source>
        <translation>Nästa möte %1 (överenskommet)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::PlanEditor</name>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>what</source>
        <translation>vad</translation>
    </message>
    <message>
        <source>why</source>
        <translation>varför</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indikatorer</translation>
    </message>
    <message>
        <source>target level</source>
        <translation>målnivå</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>klart senast</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
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
        <translation>ingen skattning</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Överenskommen %1</translation>
    </message>
    <message>
        <source>No action plan yet. Start one with New plan.</source>
        <translation>Ingen handlingsplan ännu. Börja med Ny plan.</translation>
    </message>
    <message>
        <source>An earlier plan: shown as it was agreed, not editable.</source>
        <translation>En tidigare plan: visas som den var överenskommen och kan inte ändras.</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ingen text ännu)</translation>
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
        <translation>klar</translation>
    </message>
    <message>
        <source>Not saved: %1 Trying again…</source>
        <translation>Inte sparat: %1 Försöker igen…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Next &amp;meeting:</source>
        <translation>Nästa möte &amp;inbokat:</translation>
    </message>
    <message>
        <source>Agreed with the participant: shown in the caseload as the next date, and on the printed plan.</source>
        <translation>Överenskommet med deltagaren: visas som nästa datum i deltagarlistan och på den utskrivna planen.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Discard: your changes are thrown away and the stored plan is shown.</source>
        <translation>Kasta: dina ändringar kastas och den sparade planen visas.</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::RatingRow</name>
    <message>
        <source>Sensitive — left out of prints unless asked for</source>
        <translation>Känslig – tas bara med i utskrifter om du väljer det</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tangent %1</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Inte besvarad än</translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation>Förra gången: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
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
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.svg)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>inte vald ännu</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read as an image.</source>
        <translation>Logotypen %1 går inte att läsa som en bild.</translation>
    </message>
    <message>
        <source>None: anyone can unlock.</source>
        <translation>Inget: vem som helst kan låsa upp.</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Angivet.</translation>
    </message>
    <message>
        <source>Damaged: no password can unlock. Set a new one.</source>
        <translation>Skadat: inget lösenord kan låsa upp. Ange ett nytt.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Byt lösen&amp;ord…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ange lösen&amp;ord…</translation>
    </message>
    <message>
        <source>Change the lock password</source>
        <translation>Byt lösenord för låset</translation>
    </message>
    <message>
        <source>Set a lock password</source>
        <translation>Ange lösenord för låset</translation>
    </message>
    <message>
        <source>Remove the lock password</source>
        <translation>Ta bort lösenordet för låset</translation>
    </message>
    <message>
        <source>Lock password: %1</source>
        <translation>Lösenord för låset: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the window. Changing it opens the window again at once; everything is saved first.</source>
        <translation>Fönstrets språk. När du byter öppnas fönstret på nytt direkt; allt sparas först.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Set by the administratör of the team database</source>
        <translation>Sätts av teamdatabasens administratör</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::StatisticsDialog</name>
    <message>
        <source>Statistics for the unit</source>
        <translation>Statistik för verksamheten</translation>
    </message>
    <message>
        <source>Merged statistics</source>
        <translation>Sammanslagen statistik</translation>
    </message>
    <message>
        <source>From the &amp;beginning</source>
        <translation>Från &amp;början</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>All handledare</source>
        <translation>Alla handledare</translation>
    </message>
    <message>
        <source>&amp;Handledare:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>All deltagare</source>
        <translation>Alla deltagare</translation>
    </message>
    <message>
        <source>With a %1 insats</source>
        <translation>Med en %1 insats</translation>
    </message>
    <message>
        <source>&amp;Deltagare:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>N&amp;yckeltal</translation>
    </message>
    <message>
        <source>Change per indicator</source>
        <translation>Förändring per indikator</translation>
    </message>
    <message>
        <source>Bars: the share of deltagare who went down, stayed the same and went up on each indicator. The table below gives the same figures.</source>
        <translation>Staplar: andelen deltagare som gått ned, är oförändrade och gått upp på varje indikator. Tabellen under ger samma siffror.</translation>
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
        <translation>Upp</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>&amp;Change per indicator</source>
        <translation>&amp;Förändring per indikator</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Spara &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;summary (JSON)…</source>
        <translation>Spara &amp;sammanställning (JSON)…</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>Spara &amp;CSV…</translation>
    </message>
    <message>
        <source>The anonymous summary, to merge with other handledare&apos;s summaries (Arkiv › Slå ihop statistik). It holds no name, code or free text.</source>
        <translation>Den anonyma sammanställningen, att slå ihop med andra handledares (Arkiv › Slå ihop statistik). Den innehåller inga namn, koder eller fritext.</translation>
    </message>
    <message>
        <source>Handledare: %1</source>
        <translation>Handledare: %1</translation>
    </message>
    <message>
        <source>Insatser: %1</source>
        <translation>Insatser: %1</translation>
    </message>
    <message>
        <source>The first day of the period is after the last.</source>
        <translation>Periodens första dag är efter den sista.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged from %n summaries: %1</source>
        <translation>
            <numerusform>Sammanslagen från %n sammanställning: %1</numerusform>
            <numerusform>Sammanslagen från %n sammanställningar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure rests on fewer than 5 deltagare: a smaller group reads &quot;%1&quot;.</source>
        <translation>Ingen siffra bygger på färre än 5 deltagare: för en mindre grupp står det ”%1”.</translation>
    </message>
    <message>
        <source>Deltagare in the period</source>
        <translation>Deltagare under perioden</translation>
    </message>
    <message>
        <source>Completed assessments</source>
        <translation>Avslutade skattningar</translation>
    </message>
    <message>
        <source>Deltagare with two assessments or more</source>
        <translation>Deltagare med två skattningar eller fler</translation>
    </message>
    <message>
        <source>Overdue assessments at the end of the period</source>
        <translation>Försenade skattningar vid periodens slut</translation>
    </message>
    <message>
        <source>Parallel insatser</source>
        <translation>Parallella insatser</translation>
    </message>
    <message>
        <source>A job-oriented insats in parallel with another (BIP: 18 %)</source>
        <translation>En jobbinriktad insats parallellt med en annan (BIP: 18 %)</translation>
    </message>
    <message>
        <source>Changed handledare in the period</source>
        <translation>Bytt handledare under perioden</translation>
    </message>
    <message>
        <source>Belief at the first assessment: %1</source>
        <translation>Tilltro vid första skattningen: %1</translation>
    </message>
    <message>
        <source>no insats</source>
        <translation>ingen insats</translation>
    </message>
    <message>
        <source>Ended, with %1</source>
        <translation>Avslutade, med %1</translation>
    </message>
    <message>
        <source>%1 (work %2, studies %3, other %4)</source>
        <translation>%1 (arbete %2, studier %3, annat %4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change per indicator, the deltagare&apos;s own rating</source>
        <translation>Förändring per indikator, deltagarens egen skattning</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>Statistik %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Save the statistics as PDF</source>
        <translation>Spara statistiken som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the anonymous summary</source>
        <translation>Spara den anonyma sammanställningen</translation>
    </message>
    <message>
        <source>Statistics summary (*.json)</source>
        <translation>Statistiksammanställning (*.json)</translation>
    </message>
    <message>
        <source>Save the statistics as CSV</source>
        <translation>Spara statistiken som CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summaries to merge</source>
        <translation>Sammanställningar att slå ihop</translation>
    </message>
    <message>
        <source>Statistics summaries (*.json)</source>
        <translation>Statistiksammanställningar (*.json)</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Inget slogs ihop</translation>
    </message>
    <message>
        <source>%1 is not a statistics summary from Tilltro:
%2</source>
        <translation>%1 är ingen statistiksammanställning från Tilltro:
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Statistics views</source>
        <translation>Statistikens vyer</translation>
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
        <translation>handledare</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>samordnare</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>The connection works: PostgreSQL %1, %2.</source>
        <translation>Anslutningen fungerar: PostgreSQL %1, %2.</translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>krypterad (%1)</translation>
    </message>
    <message>
        <source>not encrypted (a socket on this computer)</source>
        <translation>inte krypterad (en socket på den här datorn)</translation>
    </message>
    <message>
        <source>Logged in as %1, who has no role in Tilltro: ask your IT department to give the login one.</source>
        <translation>Inloggad som %1, som inte har någon roll i Tilltro: be IT-avdelningen att ge inloggningen en roll.</translation>
    </message>
    <message>
        <source>Logged in as %1: %2.</source>
        <translation>Inloggad som %1: %2.</translation>
    </message>
    <message>
        <source>Logged in as %1: %2 (%3).</source>
        <translation>Inloggad som %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Database version %1 (this program: %2).</source>
        <translation>Databasversion %1 (det här programmet: %2).</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Anslut till teamdatabas</translation>
    </message>
    <message>
        <source>Address of the team database</source>
        <translation>Teamdatabasens adress</translation>
    </message>
    <message>
        <source>Your IT department gives you the address of your unit&apos;s team database. Tilltro never stores a password: you are logged in by Kerberos, a client certificate, ~/.pgpass or a service file, as your IT department has set it up. The connection must be encrypted, with a server certificate that can be verified.

Your own database file stays as it is. To go back to it: File › Open recent.</source>
        <translation>IT-avdelningen ger dig adressen till enhetens teamdatabas. Tilltro sparar aldrig något lösenord: du loggas in med Kerberos, ett klientcertifikat, ~/.pgpass eller en servicefil, så som IT-avdelningen har ordnat det. Anslutningen måste vara krypterad, med ett servercertifikat som går att kontrollera.

Din egen databasfil lämnas som den är. Du kommer tillbaka till den med Arkiv › Öppna senaste.</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>&amp;Kontrollera anslutning</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Kontrollera anslutning</translation>
    </message>
    <message>
        <source>Connects to the server, says what it found and disconnects again.</source>
        <translation>Ansluter till servern, visar vad den hittade och kopplar ner igen.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Kontrollerar anslutningen …</translation>
    </message>
</context>
<context>
    <name>tilltro::gui::TimelineWidget</name>
    <message>
        <source>Timeline of insatser and assessments</source>
        <translation>Tidslinje med insatser och skattningar</translation>
    </message>
    <message>
        <source>No participation period to show.</source>
        <translation>Ingen deltagarperiod att visa.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Från %1 till %2.</translation>
    </message>
    <message>
        <source>Insats, %1: %2, %3 to %4.</source>
        <translation>Insats, %1: %2, %3 till %4.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any insats.</source>
        <translation>
            <numerusform>%n dag utan insats.</numerusform>
            <numerusform>%n dagar utan insats.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>Assessment %1: %2 %3, goal-directedness %4, belief %5.</source>
        <translation>Skattning %1: %2 %3, målmedvetenhet %4, tilltro %5.</translation>
    </message>
    <message>
        <source>No insats</source>
        <translation>Ingen insats</translation>
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
        <translation>%1 (deltagaren)</translation>
    </message>
    <message>
        <source>Goal-directedness</source>
        <translation>Målmedvetenhet</translation>
    </message>
    <message>
        <source>Belief</source>
        <translation>Tilltro</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Skattningar</translation>
    </message>
</context>
<context>
    <name>tilltro::workspace::Workspace</name>
    <message>
        <source>No database is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>Completed the clean-up of an earlier erasure.</source>
        <translation>Städningen efter en tidigare radering är nu klar.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Det gick inte att göra den automatiska säkerhetskopian: %1</translation>
    </message>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Den här deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not a file this program wrote.</source>
        <translation>%1 är större än %2 MB: det är ingen fil som det här programmet har skrivit.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>The setting %1 is not an instrument&apos;s number: %2</source>
        <translation>Inställningen %1 är inte ett instruments nummer: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a team database: it is set up on the server with the scripts in sql/team/ (docs/team-mode.md), not created by Tilltro.</source>
        <translation>%1 är en teamdatabas: den sätts upp på servern med skripten i sql/team/ (docs/team-mode.md), den skapas inte av Tilltro.</translation>
    </message>
    <message>
        <source>Fictional deltagare go into a database file of their own, never into a team database.</source>
        <translation>Påhittade deltagare hamnar i en egen databasfil, aldrig i en teamdatabas.</translation>
    </message>
    <message>
        <source>A team database is backed up on its server by the IT department (docs/team-mode.md), not copied to a file here.</source>
        <translation>En teamdatabas säkerhetskopieras på sin server av IT-avdelningen (docs/team-mode.md), inte till en fil här.</translation>
    </message>
    <message>
        <source>In a team database the administratör erases a deltagare on the server (tilltro_erase), where it is done once for the whole unit and its backups. Nothing was erased.</source>
        <translation>I en teamdatabas raderar administratören en deltagare på servern (tilltro_erase), där det görs en gång för hela enheten och dess säkerhetskopior. Ingenting raderades.</translation>
    </message>
    <message>
        <source>The login is not connected to a handledare in the team database.</source>
        <translation>Inloggningen är inte kopplad till någon handledare i teamdatabasen.</translation>
    </message>
    <message>
        <source>The deltagare of %1 were moved to the team database %2. The file is kept as it was, read-only.</source>
        <translation>Deltagarna i %1 har flyttats till teamdatabasen %2. Filen finns kvar som den var, skrivskyddad.</translation>
    </message>
    <message>
        <source>Only a database file opened for editing can be moved into a team database.</source>
        <translation>Bara en databasfil som är öppen för redigering kan flyttas till en teamdatabas.</translation>
    </message>
    <message>
        <source>The database has no deltagare to move.</source>
        <translation>Databasen har inga deltagare att flytta.</translation>
    </message>
    <message>
        <source>The move could not be recorded in the file: %1</source>
        <translation>Flytten kunde inte föras in i filens logg: %1</translation>
    </message>
    <message>
        <source>The deltagare are in the team database, but could not be erased from %1: %2 Erase them there, or remove the file.</source>
        <translation>Deltagarna finns i teamdatabasen men kunde inte raderas ur %1: %2 Radera dem där, eller ta bort filen.</translation>
    </message>
    <message>
        <source>%1 could not be made read-only; it still holds the deltagare.</source>
        <translation>%1 kunde inte göras skrivskyddad; den innehåller fortfarande deltagarna.</translation>
    </message>
</context>
</TS>
