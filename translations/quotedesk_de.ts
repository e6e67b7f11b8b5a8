<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QuoteDesk::AboutDialog</name>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="25"/>
        <source>About QuoteDesk</source>
        <translation>Über QuoteDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="28"/>
        <source>&lt;h2&gt;QuoteDesk %1&lt;/h2&gt;&lt;p&gt;An editorial desk for quote posts: speakers, context essays and media kept once, previewed as the site shows them and published to WordPress.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QuoteDesk %1&lt;/h2&gt;&lt;p&gt;Ein Redaktionstisch für Zitatbeiträge: Sprecher, Kontext-Essays und Medien einmal abgelegt, in der Vorschau so gezeigt, wie die Website sie zeigt, und nach WordPress veröffentlicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="36"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="39"/>
        <source>not in this build (the built-in Markdown highlighter is used)</source>
        <translation>nicht in diesem Build (die eingebaute Markdown-Hervorhebung wird verwendet)</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="40"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="41"/>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="44"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="45"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="46"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="47"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="48"/>
        <source>KF6 SyntaxHighlighting:</source>
        <translation>KF6 SyntaxHighlighting:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="49"/>
        <source>Library file:</source>
        <translation>Bibliotheksdatei:</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="63"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="65"/>
        <source>Copy these facts, for a bug report</source>
        <translation>Diese Angaben kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="78"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="80"/>
        <source>&amp;About QuoteDesk</source>
        <translation>Über &amp;QuoteDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/aboutdialog.cpp" line="86"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::ArticleInput</name>
    <message>
        <location filename="../lib/render/articleinput.cpp" line="81"/>
        <source>A %1 is not a post: only quotes and essays can be rendered.</source>
        <translation>Ein Eintrag vom Typ %1 ist kein Beitrag: Nur Zitate und Essays lassen sich darstellen.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::ArticleRenderer</name>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="142"/>
        <source>Missing image: %1</source>
        <translation>Fehlendes Bild: %1</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="146"/>
        <source>Remote image not loaded in the preview: %1 (%2)</source>
        <translation>Externes Bild in der Vorschau nicht geladen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../lib/render/articlerenderer.cpp" line="153"/>
        <source>Image outside the library not shown: %1</source>
        <translation>Bild außerhalb der Bibliothek nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::AssetDetailsPane</name>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="42"/>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="43"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="44"/>
        <source>Replace File…</source>
        <translation>Datei ersetzen…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="55"/>
        <source>Who wrote or made it</source>
        <translation>Wer es geschrieben oder gestaltet hat</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="60"/>
        <source>Describe the picture for readers who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="67"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="73"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="74"/>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="75"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="76"/>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="77"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="86"/>
        <source>&amp;Used by:</source>
        <translation>&amp;Verwendet von:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="140"/>
        <source>Select an asset to see its details.</source>
        <translation>Wählen Sie ein Medium, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/assets/assetdetailspane.cpp" line="148"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="150"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="160"/>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="172"/>
        <source>Not used yet</source>
        <translation>Noch nicht verwendet</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::AssetImporter</name>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="111"/>
        <source>“%1” does not exist (any more). Check the name and the folder.</source>
        <translation>„%1“ existiert nicht (mehr). Prüfen Sie den Namen und den Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="114"/>
        <source>“%1” is not a regular file (it is a folder, a pipe or a device), so it cannot be imported.</source>
        <translation>„%1“ ist keine normale Datei (sondern ein Ordner, eine Pipe oder ein Gerät) und kann daher nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="120"/>
        <source>“%1” is empty (0 bytes): there is nothing to import. It was probably not saved or downloaded completely.</source>
        <translation>„%1“ ist leer (0 Byte): Es gibt nichts zu importieren. Die Datei wurde wahrscheinlich nicht vollständig gespeichert oder heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="124"/>
        <source>“%1” is %2, more than the %3 the media library takes.</source>
        <translation>„%1“ ist %2 groß, mehr als die %3, die die Mediathek annimmt.</translation>
    </message>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="131"/>
        <source>“%1” cannot be read: %2. Check that you may read the file.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="164"/>
        <source>Cannot copy “%1” into the media folder “%2”: %3. Check the free disk space and that you may write there.</source>
        <translation>„%1“ kann nicht in den Medienordner „%2“ kopiert werden: %3. Prüfen Sie den freien Speicherplatz und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="176"/>
        <source>The import was cancelled while “%1” was copied; nothing of it was kept.</source>
        <translation>Der Import wurde abgebrochen, während „%1“ kopiert wurde; davon wurde nichts behalten.</translation>
    </message>
    <message>
        <location filename="../lib/assets/filestager.cpp" line="180"/>
        <source>Cannot copy “%1” into the media folder: %2. Check the free disk space and that the file is still there.</source>
        <translation>„%1“ kann nicht in den Medienordner kopiert werden: %2. Prüfen Sie den freien Speicherplatz und ob die Datei noch vorhanden ist.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetrecorder.cpp" line="91"/>
        <source>Cannot move “%1” into the media folder: %2. Check the free disk space and that you may write there.</source>
        <translation>„%1“ kann nicht in den Medienordner verschoben werden: %2. Prüfen Sie den freien Speicherplatz und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetrecorder.cpp" line="109"/>
        <source>“%1” was in the trash as “%2”; it is back in the library.</source>
        <translation>„%1“ lag als „%2“ im Papierkorb; es ist wieder in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetrecorder.cpp" line="112"/>
        <source>“%1” is already in the library as “%2”; it was not copied again.</source>
        <translation>„%1“ ist bereits als „%2“ in der Bibliothek; es wurde nicht noch einmal kopiert.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetimporter.cpp" line="368"/>
        <location filename="../lib/assets/assetrecorder.cpp" line="136"/>
        <source>“%1” was copied but could not be recorded: %2</source>
        <translation>„%1“ wurde kopiert, konnte aber nicht in der Bibliothek vermerkt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetrecorder.cpp" line="139"/>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetrecorder.cpp" line="152"/>
        <source>The file of “%1” is now “%2”.</source>
        <translation>Die Datei von „%1“ ist jetzt „%2“.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetimporter.cpp" line="177"/>
        <source>The folder “%1” holds no files to import.</source>
        <translation>Der Ordner „%1“ enthält keine Dateien zum Importieren.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetimporter.cpp" line="336"/>
        <source>Cannot flush the copy of “%1” to the disk: %2. Check the disk and import the file again.</source>
        <translation>Die Kopie von „%1“ kann nicht auf den Datenträger geschrieben werden: %2. Prüfen Sie den Datenträger und importieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::AssetKind</name>
    <message>
        <location filename="../lib/model/records.cpp" line="112"/>
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="114"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="116"/>
        <source>Infographic</source>
        <translation>Infografik</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="118"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::AssetPanel</name>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="53"/>
        <source>Media (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.svg);;All files (*)</source>
        <translation>Medien (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="60"/>
        <source>Import Media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="63"/>
        <source>Import a Folder of Media</source>
        <translation>Einen Ordner mit Medien importieren</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="66"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="69"/>
        <source>Replace the File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="72"/>
        <source>Media Library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="93"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="101"/>
        <source>Search titles, names, authors, descriptions, alt text</source>
        <translation>Titel, Namen, Autoren, Beschreibungen und Alternativtexte durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="103"/>
        <source>Search assets</source>
        <translation>Medien durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="105"/>
        <source>Import Files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="107"/>
        <source>Import Folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="113"/>
        <source>Import problems</source>
        <translation>Probleme beim Import</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="120"/>
        <source>Assets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="212"/>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="232"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="248"/>
        <source>Cannot save a copy of “%1” as “%2”: %3.</source>
        <translation>Eine Kopie von „%1“ konnte nicht als „%2“ gespeichert werden: %3.</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="251"/>
        <source>Saved a copy as “%1”.</source>
        <translation>Kopie als „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="307"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Importiere %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::AssetProbe</name>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="73"/>
        <source>“%1” is an incomplete PDF: its end is missing, so it was probably cut off while being downloaded or copied. Get the complete file and import it again.</source>
        <translation>„%1“ ist ein unvollständiges PDF: Sein Ende fehlt, es wurde also wahrscheinlich beim Herunterladen oder Kopieren abgeschnitten. Besorgen Sie die vollständige Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="85"/>
        <source>“%1” is protected by a password, so its pages cannot be read. Save a copy without the password (in the program that made it) and import that.</source>
        <translation>„%1“ ist durch ein Passwort geschützt, daher können seine Seiten nicht gelesen werden. Speichern Sie (im Programm, das es erstellt hat) eine Kopie ohne Passwort und importieren Sie diese.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="91"/>
        <source>“%1” is a damaged PDF that cannot be opened. Export it again from the program that made it.</source>
        <translation>„%1“ ist ein beschädigtes PDF, das sich nicht öffnen lässt. Exportieren Sie es erneut aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="97"/>
        <source>“%1” is a PDF without any pages. Export it again from the program that made it.</source>
        <translation>„%1“ ist ein PDF ohne Seiten. Exportieren Sie es erneut aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="140"/>
        <location filename="../lib/assets/assetprobe.cpp" line="287"/>
        <source>it is cut off</source>
        <translation>es ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="286"/>
        <source>its data does not match its checksums</source>
        <translation>seine Daten passen nicht zu seinen Prüfsummen</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="148"/>
        <source>“%1” is an SVG of more than 32 MB, too large for a drawing. Simplify it or export it as PNG.</source>
        <translation>„%1“ ist ein SVG mit mehr als 32 MB, zu groß für eine Zeichnung. Vereinfachen Sie es oder exportieren Sie es als PNG.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="151"/>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="156"/>
        <source>“%1” is a damaged SVG: %2. Export it again from the program that made it.</source>
        <translation>„%1“ ist ein beschädigtes SVG: %2. Exportieren Sie es erneut aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="189"/>
        <source>“%1” is not a file the media library takes: its content is %2 (%3). Import PDF, PNG, JPEG, WebP, GIF or SVG files.</source>
        <translation>„%1“ ist keine Datei, die die Mediathek annimmt: Ihr Inhalt ist %2 (%3). Importieren Sie PDF-, PNG-, JPEG-, WebP-, GIF- oder SVG-Dateien.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="208"/>
        <source>“%1” is a damaged %2 image: its header cannot be read (%3). Export it again from the program that made it.</source>
        <translation>„%1“ ist ein beschädigtes %2-Bild: Sein Dateikopf kann nicht gelesen werden (%3). Exportieren Sie es erneut aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="218"/>
        <source>“%1” is %2 × %3 pixels (%4 megapixels), more than the limit of %5 megapixels. Scale it down and import it again.</source>
        <translation>„%1“ hat %2 × %3 Pixel (%4 Megapixel), mehr als die Grenze von %5 Megapixeln. Verkleinern Sie es und importieren Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../lib/assets/assetprobe.cpp" line="307"/>
        <source>“%1” is a damaged %2 image: %3. Export it again from the program that made it.</source>
        <translation>„%1“ ist ein beschädigtes %2-Bild: %3. Exportieren Sie es erneut aus dem Programm, das es erstellt hat.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::AssetStore</name>
    <message>
        <location filename="../lib/assets/assetstore.cpp" line="71"/>
        <source>Cannot create the media folder “%1”. Check that you may write next to the library file and that the disk is not full.</source>
        <translation>Der Medienordner „%1“ kann nicht angelegt werden. Prüfen Sie, ob Sie neben der Bibliotheksdatei schreiben dürfen und ob die Festplatte nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Cli</name>
    <message>
        <location filename="../app/cli/assetcommands.cpp" line="39"/>
        <source>imported: “%1” as asset %2 (%3).</source>
        <translation>importiert: „%1“ als Medium %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/assetcommands.cpp" line="44"/>
        <source>already in the library: %1</source>
        <translation>schon in der Bibliothek: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/assetcommands.cpp" line="46"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/assetcommands.cpp" line="50"/>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/assetcommands.cpp" line="68"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../app/cli/assetcommands.cpp" line="124"/>
        <source>%1 of the files were refused (see the lines above); the others were imported. Fix or leave out those files and run the import again.</source>
        <translation>%1 der Dateien wurden abgelehnt (siehe die Zeilen oben); die anderen wurden importiert. Beheben Sie die Probleme dieser Dateien oder lassen Sie sie weg und starten Sie den Import erneut.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="64"/>
        <source>Show help, for the tool or for one command.</source>
        <translation>Hilfe anzeigen, zum Programm oder zu einem Befehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="65"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="67"/>
        <source>The library file to use (default: %1).</source>
        <translation>Die zu verwendende Bibliotheksdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="69"/>
        <location filename="../app/cli/sitecommands.cpp" line="42"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="70"/>
        <source>Print records as JSON instead of text.</source>
        <translation>Einträge als JSON statt als Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="71"/>
        <source>Open the library without ever writing to it.</source>
        <translation>Die Bibliothek öffnen, ohne je in sie zu schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="112"/>
        <source>No command given. Run “quotedesk-cli --help” for the list of commands.</source>
        <translation>Kein Befehl angegeben. Die Liste der Befehle zeigt „quotedesk-cli --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="121"/>
        <source>“%1” needs a sub-command. Run “quotedesk-cli --help” for the list of commands.</source>
        <translation>„%1“ braucht einen Unterbefehl. Die Liste der Befehle zeigt „quotedesk-cli --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="127"/>
        <source>Unknown command “%1”. Run “quotedesk-cli --help” for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. Die Liste der Befehle zeigt „quotedesk-cli --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="148"/>
        <source>Keeps the quote posts, speakers and essays of a QuoteDesk library.</source>
        <translation>Verwaltet die Zitatbeiträge, Sprecher und Essays einer QuoteDesk-Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="150"/>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="150"/>
        <source>One of the commands below.</source>
        <translation>Einer der folgenden Befehle.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="151"/>
        <source>command [arguments…]</source>
        <translation>Befehl [Argumente…]</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="152"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="158"/>
        <source>Run “quotedesk-cli COMMAND --help” for the arguments and options of one command.</source>
        <translation>Die Argumente und Optionen eines Befehls zeigt „quotedesk-cli BEFEHL --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="159"/>
        <source>Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 der Befehl ist fehlgeschlagen, 2 die Befehlszeile ist falsch.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="171"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="198"/>
        <source>The option “%1” does not apply to “%2”. Run “quotedesk-cli %2 --help”.</source>
        <translation>Die Option „%1“ gilt nicht für „%2“. Siehe „quotedesk-cli %2 --help“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="212"/>
        <source>“%1” needs %2. Usage: %3</source>
        <translation>„%1“ braucht %2. Aufruf: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="219"/>
        <source>Unexpected argument “%1” for “%2”. Usage: %3</source>
        <translation>Unerwartetes Argument „%1“ für „%2“. Aufruf: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="232"/>
        <source>“%1” changes the library, so it cannot run with --read-only.</source>
        <translation>„%1“ ändert die Bibliothek und kann daher nicht mit --read-only laufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="238"/>
        <source>There is no library at “%1”. Create one with “quotedesk-cli demo --library FILE” or name an existing one with --library.</source>
        <translation>Unter „%1“ gibt es keine Bibliothek. Legen Sie eine mit „quotedesk-cli demo --library DATEI“ an oder geben Sie mit --library eine vorhandene an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="253"/>
        <source>Cannot run “%1”, which changes the library: %2</source>
        <translation>„%1“ ändert die Bibliothek und kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="11"/>
        <source>Fill a new, empty library with the demo posts.</source>
        <translation>Eine neue, leere Bibliothek mit den Demo-Beiträgen füllen.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="16"/>
        <source>List the records of one type.</source>
        <translation>Die Einträge eines Typs auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="18"/>
        <source>quotes, speakers, essays, assets, categories or tags.</source>
        <translation>quotes, speakers, essays, assets, categories oder tags.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="23"/>
        <source>Print every field of one record.</source>
        <translation>Alle Felder eines Eintrags ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="24"/>
        <source>The record type, as for list.</source>
        <translation>Der Eintragstyp, wie bei list.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="25"/>
        <location filename="../app/cli/command.cpp" line="50"/>
        <source>The record id, as list shows it.</source>
        <translation>Die ID des Eintrags, wie list sie zeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="29"/>
        <source>Search quotes, speakers, essays and assets, best match first.</source>
        <translation>Zitate, Sprecher, Essays und Medien durchsuchen, beste Treffer zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="31"/>
        <source>Words to look for; quote it in the shell.</source>
        <translation>Die gesuchten Wörter; in der Shell in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="36"/>
        <source>Write the whole library to a JSON file.</source>
        <translation>Die ganze Bibliothek in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="37"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="41"/>
        <source>Read records from a JSON export into the library.</source>
        <translation>Einträge aus einem JSON-Export in die Bibliothek einlesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="42"/>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="47"/>
        <source>Print a post as preview HTML, a standalone page or WordPress blocks.</source>
        <translation>Einen Beitrag als Vorschau-HTML, eigenständige Seite oder WordPress-Blöcke ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="49"/>
        <source>quote or essay.</source>
        <translation>quote oder essay.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="55"/>
        <source>Write the posts as a static web site to a folder.</source>
        <translation>Die Beiträge als statische Website in einen Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="57"/>
        <source>The folder: missing, empty, or an earlier export, which is replaced.</source>
        <translation>Der Ordner: nicht vorhanden, leer oder ein früherer Export, der ersetzt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="63"/>
        <source>Import files and folders into the media library.</source>
        <translation>Dateien und Ordner in die Mediathek importieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="65"/>
        <source>A file or a folder (imported with everything in it); PDF, PNG, JPEG, WebP, GIF and SVG files are taken. Give as many as you like.</source>
        <translation>Eine Datei oder ein Ordner (mit allem darin importiert); angenommen werden PDF-, PNG-, JPEG-, WebP-, GIF- und SVG-Dateien. Beliebig viele möglich.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="72"/>
        <source>Add a WordPress site (its password is never stored).</source>
        <translation>Eine WordPress-Website hinzufügen (ihr Passwort wird nie gespeichert).</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="74"/>
        <source>A name for the site, used by the other commands.</source>
        <translation>Ein Name für die Website, mit dem die anderen Befehle sie ansprechen.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="79"/>
        <source>List the WordPress sites.</source>
        <translation>Die WordPress-Websites auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="84"/>
        <source>Remove a site that no post is published on.</source>
        <translation>Eine Website entfernen, auf der kein Beitrag veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="85"/>
        <location filename="../app/cli/command.cpp" line="91"/>
        <source>The site&apos;s name, as site list shows it.</source>
        <translation>Der Name der Website, wie site list ihn zeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="89"/>
        <source>Connect to a site; show the user and whether they may publish.</source>
        <translation>Mit einer Website verbinden; den Benutzer zeigen und ob er veröffentlichen darf.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="96"/>
        <source>Publish quotes or essays to a site, creating or updating each post.</source>
        <translation>Zitate oder Essays auf einer Website veröffentlichen und dabei jeden Beitrag anlegen oder aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="99"/>
        <source>The record id, as list shows it; give as many as you like.</source>
        <translation>Die ID des Eintrags, wie list sie zeigt; beliebig viele möglich.</translation>
    </message>
    <message>
        <location filename="../app/cli/exchangecommands.cpp" line="19"/>
        <source>Check the file and say what would change, but write nothing.</source>
        <translation>Die Datei prüfen und sagen, was sich ändern würde, aber nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/exchangecommands.cpp" line="40"/>
        <source>“%1” is the library itself. Name another file to export to.</source>
        <translation>„%1“ ist die Bibliothek selbst. Geben Sie eine andere Datei für den Export an.</translation>
    </message>
    <message>
        <location filename="../app/cli/exchangecommands.cpp" line="52"/>
        <source>Exported the library to “%1”.</source>
        <translation>Die Bibliothek wurde nach „%1“ exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/exchangecommands.cpp" line="83"/>
        <source>Importing “%1” would change the library so:</source>
        <translation>Der Import von „%1“ würde die Bibliothek so ändern:</translation>
    </message>
    <message>
        <location filename="../app/cli/exchangecommands.cpp" line="84"/>
        <source>Imported “%1”:</source>
        <translation>„%1“ importiert:</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="116"/>
        <source>note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="20"/>
        <source>The site to publish to, by its name (see site list).</source>
        <translation>Die Website, auf der veröffentlicht wird, mit ihrem Namen (siehe site list).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="21"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="26"/>
        <source>What the ids are: quote (the default) or essay.</source>
        <translation>Was die IDs bezeichnen: quote (die Vorgabe) oder essay.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="27"/>
        <location filename="../app/cli/searchcommand.cpp" line="21"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="33"/>
        <source>draft (the default), publish, or future (scheduled: needs --date).</source>
        <translation>draft (die Vorgabe), publish oder future (geplant: braucht --date).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="34"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="40"/>
        <source>The post&apos;s date as ISO 8601, e.g. 2026-06-01T09:00:00Z (local time without an offset).</source>
        <translation>Das Datum des Beitrags nach ISO 8601, z. B. 2026-06-01T09:00:00Z (Ortszeit, wenn ohne Zeitzone).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="42"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="49"/>
        <source>Overwrite a post that was edited on the site since it was last published from here.</source>
        <translation>Einen Beitrag überschreiben, der seit der letzten Veröffentlichung von hier auf der Website bearbeitet wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="70"/>
        <source>Name the site to publish to with --site NAME (see “quotedesk-cli site list”).</source>
        <translation>Geben Sie die Website, auf der veröffentlicht werden soll, mit --site NAME an (siehe „quotedesk-cli site list“).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="79"/>
        <source>--type must be quote or essay, not “%1”.</source>
        <translation>--type muss quote oder essay sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="86"/>
        <source>--status must be draft, publish or future, not “%1”.</source>
        <translation>--status muss draft, publish oder future sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="95"/>
        <source>“%1” is not an ISO 8601 date and time: write it like 2026-06-01T09:00:00Z.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601: Schreiben Sie es wie 2026-06-01T09:00:00Z.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="100"/>
        <source>--status future needs --date with the time to publish at.</source>
        <translation>--status future braucht --date mit dem Zeitpunkt der Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="144"/>
        <location filename="../app/cli/recordcommands.cpp" line="81"/>
        <location filename="../app/cli/rendercommands.cpp" line="69"/>
        <source>“%1” is not a record id: give the number shown in the ID column of “list”.</source>
        <translation>„%1“ ist keine Eintrags-ID: Geben Sie die Zahl aus der Spalte ID von „list“ an.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="175"/>
        <source>%1 %2 was edited on the site since it was last published from here, so nothing was written. Re-run with --force to overwrite the site&apos;s version, or resolve the conflict in the QuoteDesk app.</source>
        <translation>%1 %2 wurde seit der letzten Veröffentlichung von hier auf der Website bearbeitet, daher wurde nichts geschrieben. Starten Sie den Befehl erneut mit --force, um die Fassung der Website zu überschreiben, oder lösen Sie den Konflikt in der QuoteDesk-App.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="185"/>
        <source>%1 %2 was not published: %3</source>
        <translation>%1 %2 wurde nicht veröffentlicht: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="193"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="204"/>
        <source>updated %1 %2: post %3 (%4) %5</source>
        <translation>%1 %2 aktualisiert: Beitrag %3 (%4) %5</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="205"/>
        <source>created %1 %2: post %3 (%4) %5</source>
        <translation>%1 %2 angelegt: Beitrag %3 (%4) %5</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="49"/>
        <source>Created the demo library “%1”: %2.</source>
        <translation>Die Demo-Bibliothek „%1“ wurde angelegt: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="80"/>
        <location filename="../app/cli/recordformat.cpp" line="92"/>
        <location filename="../app/cli/recordformat.cpp" line="102"/>
        <location filename="../app/cli/recordformat.cpp" line="112"/>
        <location filename="../app/cli/recordformat.cpp" line="124"/>
        <location filename="../app/cli/recordformat.cpp" line="134"/>
        <location filename="../app/cli/searchcommand.cpp" line="96"/>
        <location filename="../app/cli/sitecommands.cpp" line="123"/>
        <source>ID</source>
        <comment>column heading</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="80"/>
        <location filename="../app/cli/recordformat.cpp" line="102"/>
        <source>STATUS</source>
        <comment>column heading</comment>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="81"/>
        <source>SAID ON</source>
        <comment>column heading</comment>
        <translation>GESAGT AM</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="81"/>
        <source>SPEAKER</source>
        <comment>column heading</comment>
        <translation>SPRECHER</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="82"/>
        <location filename="../app/cli/recordformat.cpp" line="103"/>
        <location filename="../app/cli/recordformat.cpp" line="114"/>
        <location filename="../app/cli/searchcommand.cpp" line="97"/>
        <source>TITLE</source>
        <comment>column heading</comment>
        <translation>TITEL</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="92"/>
        <location filename="../app/cli/recordformat.cpp" line="124"/>
        <location filename="../app/cli/recordformat.cpp" line="134"/>
        <location filename="../app/cli/sitecommands.cpp" line="123"/>
        <source>NAME</source>
        <comment>column heading</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="93"/>
        <source>ROLE</source>
        <comment>column heading</comment>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="93"/>
        <source>ORGANISATION</source>
        <comment>column heading</comment>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="103"/>
        <location filename="../app/cli/recordformat.cpp" line="112"/>
        <source>KIND</source>
        <comment>column heading</comment>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="113"/>
        <location filename="../app/cli/searchcommand.cpp" line="96"/>
        <source>TYPE</source>
        <comment>column heading</comment>
        <translation>TYP</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="113"/>
        <source>SIZE</source>
        <comment>column heading</comment>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="125"/>
        <location filename="../app/cli/recordformat.cpp" line="135"/>
        <source>SLUG</source>
        <comment>column heading</comment>
        <translation>SLUG</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="125"/>
        <source>PARENT</source>
        <comment>column heading</comment>
        <translation>ÜBERGEORDNET</translation>
    </message>
    <message>
        <location filename="../app/cli/recordformat.cpp" line="203"/>
        <source>Unknown record type “%1”: use one of %2.</source>
        <translation>Unbekannter Eintragstyp „%1“: Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommands.cpp" line="23"/>
        <source>What to print: preview (the in-app preview HTML, the default), page (a standalone HTML page with the site&apos;s CSS) or blocks (WordPress block markup).</source>
        <translation>Was ausgegeben wird: preview (das Vorschau-HTML der App, die Vorgabe), page (eine eigenständige HTML-Seite mit dem CSS der Website) oder blocks (WordPress-Block-Markup).</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommands.cpp" line="26"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommands.cpp" line="32"/>
        <source>Include posts in every workflow state, not only those ready or published.</source>
        <translation>Beiträge in jedem Arbeitsstand aufnehmen, nicht nur fertige oder veröffentlichte.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommands.cpp" line="63"/>
        <source>Only quotes and essays are posts: “%1” cannot be rendered.</source>
        <translation>Nur Zitate und Essays sind Beiträge: „%1“ kann nicht gerendert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommands.cpp" line="75"/>
        <source>Unknown format “%1”: use preview, page or blocks.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie preview, page oder blocks.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommands.cpp" line="124"/>
        <source>The file of the asset %1 is missing; its pages show it as missing.</source>
        <translation>Die Datei des Mediums %1 fehlt; seine Seiten zeigen es als fehlend an.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommands.cpp" line="135"/>
        <source>Exported %1 posts, %2 category pages and %3 asset files to “%4”; open %5 in a browser.</source>
        <translation>%1 Beiträge, %2 Kategorieseiten und %3 Mediendateien nach „%4“ exportiert; öffnen Sie %5 in einem Browser.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="19"/>
        <source>Search only records of this type: quotes, speakers, essays or assets. May be given more than once.</source>
        <translation>Nur Einträge dieses Typs durchsuchen: quotes, speakers, essays oder assets. Darf mehrmals angegeben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="26"/>
        <source>Show at most N hits (default 20).</source>
        <translation>Höchstens N Treffer zeigen (Vorgabe 20).</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="26"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="58"/>
        <source>Cannot search by the type “%1”: use quotes, speakers, essays or assets.</source>
        <translation>Nach dem Typ „%1“ kann nicht gesucht werden: Verwenden Sie quotes, speakers, essays oder assets.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="66"/>
        <source>--limit needs a number greater than 0.</source>
        <translation>--limit braucht eine Zahl größer als 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="89"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="97"/>
        <source>MATCH</source>
        <comment>column heading</comment>
        <translation>FUNDSTELLE</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="22"/>
        <source>The site&apos;s address, e.g. https://example.com/ (http only for this computer).</source>
        <translation>Die Adresse der Website, z. B. https://example.com/ (http nur für diesen Computer).</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="24"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="30"/>
        <source>The WordPress user name the Application Password belongs to.</source>
        <translation>Der WordPress-Benutzername, zu dem das Anwendungspasswort gehört.</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="30"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="38"/>
        <source>Read the site&apos;s Application Password from the first line of FILE. Without it, the environment variable %1 holds it. It is never taken from the command line.</source>
        <translation>Das Anwendungspasswort der Website aus der ersten Zeile von DATEI lesen. Ohne diese Option steht es in der Umgebungsvariable %1. Von der Befehlszeile wird es nie genommen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="50"/>
        <source>There is no site called “%1”. Run “quotedesk-cli site list” for the sites, or add it with “quotedesk-cli site add”.</source>
        <translation>Es gibt keine Website namens „%1“. Die Websites zeigt „quotedesk-cli site list“; hinzufügen können Sie sie mit „quotedesk-cli site add“.</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="73"/>
        <source>“site add” needs --url URL and --user USER. Usage: quotedesk-cli site add NAME --url URL --user USER</source>
        <translation>„site add“ braucht --url URL und --user BENUTZER. Aufruf: quotedesk-cli site add NAME --url URL --user BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="93"/>
        <source>Added the site “%1” (%2, user %3). Check it with “quotedesk-cli site test %1”, giving the Application Password in %4 or with --password-file.</source>
        <translation>Die Website „%1“ wurde hinzugefügt (%2, Benutzer %3). Prüfen Sie sie mit „quotedesk-cli site test %1“ und geben Sie das Anwendungspasswort in %4 oder mit --password-file an.</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="124"/>
        <source>URL</source>
        <comment>column heading</comment>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="124"/>
        <source>USER</source>
        <comment>column heading</comment>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="144"/>
        <source>Removed the site “%1”.</source>
        <translation>Die Website „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="168"/>
        <source>Cannot connect to “%1”: %2</source>
        <translation>Keine Verbindung zu „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="180"/>
        <source>Connected to “%1” as %2 (%3).</source>
        <translation>Mit „%1“ verbunden als %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="181"/>
        <source>This user may publish posts.</source>
        <translation>Dieser Benutzer darf Beiträge veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/sitecommands.cpp" line="182"/>
        <source>This user may not publish posts: ask the site&apos;s administrator for the Author or Editor role.</source>
        <translation>Dieser Benutzer darf keine Beiträge veröffentlichen: Bitten Sie den Administrator der Website um die Rolle Autor oder Redakteur.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::ConflictDialog</name>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="48"/>
        <source>The same on the site and here.</source>
        <translation>Auf der Website und hier gleich.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="60"/>
        <source>The Post Changed on the Site</source>
        <translation>Der Beitrag wurde auf der Website geändert</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="62"/>
        <source>Someone edited this post on the site since it was last published from here, so nothing was sent. Compare the two versions and choose which one to keep.</source>
        <translation>Jemand hat diesen Beitrag auf der Website bearbeitet, seit er zuletzt von hier veröffentlicht wurde; daher wurde nichts gesendet. Vergleichen Sie die beiden Fassungen und wählen Sie, welche Sie behalten möchten.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="66"/>
        <source>Struck through: only on the site. Underlined: only here.</source>
        <translation>Durchgestrichen: nur auf der Website. Unterstrichen: nur hier.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="70"/>
        <source>Differences between the site and this library</source>
        <translation>Unterschiede zwischen der Website und dieser Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="74"/>
        <source>&amp;Overwrite the Site</source>
        <translation>Website &amp;überschreiben</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="75"/>
        <source>Publish the version in this library over the site&apos;s edits.</source>
        <translation>Die Fassung aus dieser Bibliothek über die Änderungen auf der Website veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="76"/>
        <source>&amp;Take the Site&apos;s Version</source>
        <translation>&amp;Fassung der Website übernehmen</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="78"/>
        <source>Put the site&apos;s title, excerpt and text into this record; the site keeps its edits.</source>
        <translation>Titel, Auszug und Text der Website in diesen Eintrag übernehmen; die Website behält ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="80"/>
        <source>Change nothing, here or on the site.</source>
        <translation>Nichts ändern, weder hier noch auf der Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="113"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="113"/>
        <source>excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="115"/>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="117"/>
        <source>commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="119"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="121"/>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="123"/>
        <source>Taking the site&apos;s version brings back: %1.</source>
        <translation>Die Version der Website bringt zurück: %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="129"/>
        <source>Put the site&apos;s %1 into this record; the site keeps its edits.</source>
        <translation>Übernimmt %1 der Website in diesen Eintrag; die Website behält ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="157"/>
        <source>The site&apos;s version (edited %1) against the one in this library.</source>
        <translation>Die Fassung der Website (bearbeitet %1) im Vergleich zu der in dieser Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="159"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="160"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="161"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::DemoLibrary</name>
    <message>
        <location filename="../lib/store/demolibrary.cpp" line="69"/>
        <source>no %1 has the key “%2”</source>
        <translation>kein Eintrag vom Typ %1 hat den Schlüssel „%2“</translation>
    </message>
    <message>
        <location filename="../lib/store/demolibrary.cpp" line="82"/>
        <source>The demo %1 “%2” is malformed: %3.</source>
        <translation>Der Demo-Eintrag „%2“ (%1) ist fehlerhaft: %3.</translation>
    </message>
    <message>
        <location filename="../lib/store/demolibrary.cpp" line="121"/>
        <source>The demo content is missing from this build of QuoteDesk (%1).</source>
        <translation>Die Demo-Inhalte fehlen in diesem Build von QuoteDesk (%1).</translation>
    </message>
    <message>
        <location filename="../lib/store/demolibrary.cpp" line="127"/>
        <source>The demo content of this build is damaged: %1 at byte %2.</source>
        <translation>Die Demo-Inhalte dieses Builds sind beschädigt: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/demolibrary.cpp" line="174"/>
        <source>The library “%1” already holds %2 records. The demo content only goes into an empty library: name a new library file instead.</source>
        <translation>Die Bibliothek „%1“ enthält bereits %2 Einträge. Die Demo-Inhalte kommen nur in eine leere Bibliothek: Geben Sie stattdessen eine neue Bibliotheksdatei an.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::DiffHtml</name>
    <message>
        <location filename="../app/common/diffhtml.cpp" line="122"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::DraftKeeper</name>
    <message>
        <location filename="../app/gui/draftkeeper.cpp" line="62"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/draftkeeper.cpp" line="71"/>
        <source>Could not keep a copy of the unsaved changes of “%1”: %2 Save the record to keep them.</source>
        <translation>Von den ungespeicherten Änderungen an „%1“ konnte keine Kopie angelegt werden: %2 Speichern Sie den Eintrag, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/draftkeeper.cpp" line="90"/>
        <source>Could not remove the copy of unsaved changes: %1</source>
        <translation>Die Kopie der ungespeicherten Änderungen konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::EditJournal</name>
    <message>
        <location filename="../lib/store/editjournal.cpp" line="55"/>
        <source>The draft key “%1” is not valid: use letters, digits, “-” and “_”.</source>
        <translation>Der Entwurfsschlüssel „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <location filename="../lib/store/editjournal.cpp" line="62"/>
        <source>Cannot create the folder “%1” that keeps unsaved edits. Check that you may write next to the library file.</source>
        <translation>Der Ordner „%1“ für ungespeicherte Änderungen kann nicht angelegt werden. Prüfen Sie, ob Sie neben der Bibliotheksdatei schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/store/editjournal.cpp" line="87"/>
        <source>Cannot keep the unsaved edits of “%1” in “%2”: %3. Save the record to keep them.</source>
        <translation>Die ungespeicherten Änderungen an „%1“ können nicht in „%2“ aufbewahrt werden: %3. Speichern Sie den Eintrag, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../lib/store/editjournal.cpp" line="102"/>
        <source>Cannot keep the unsaved edits of “%1” in “%2”: the disk may be full. Save the record to keep them.</source>
        <translation>Die ungespeicherten Änderungen an „%1“ können nicht in „%2“ aufbewahrt werden: Die Festplatte ist möglicherweise voll. Speichern Sie den Eintrag, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../lib/store/editjournal.cpp" line="117"/>
        <source>Cannot remove the kept draft “%1”. Check that you may write to “%2”.</source>
        <translation>Der aufbewahrte Entwurf „%1“ kann nicht entfernt werden. Prüfen Sie, ob Sie in „%2“ schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/store/editjournal.cpp" line="133"/>
        <source>The kept draft “%1” cannot be read (%2); it was left in “%3”.</source>
        <translation>Der aufbewahrte Entwurf „%1“ kann nicht gelesen werden (%2); er wurde in „%3“ belassen.</translation>
    </message>
    <message>
        <location filename="../lib/store/editjournal.cpp" line="151"/>
        <source>not a draft of QuoteDesk</source>
        <translation>kein Entwurf von QuoteDesk</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::EnvironmentCredentialStore</name>
    <message>
        <location filename="../lib/publish/credentialstore.cpp" line="59"/>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../lib/publish/credentialstore.cpp" line="64"/>
        <source>The password file %1 is empty. Put the site&apos;s Application Password on its first line.</source>
        <translation>Die Passwortdatei %1 ist leer. Schreiben Sie das Anwendungspasswort der Website in ihre erste Zeile.</translation>
    </message>
    <message>
        <location filename="../lib/publish/credentialstore.cpp" line="73"/>
        <source>No Application Password given. Set the environment variable %1, or name a file that holds it with --password-file.</source>
        <translation>Kein Anwendungspasswort angegeben. Setzen Sie die Umgebungsvariable %1 oder geben Sie mit --password-file eine Datei an, die es enthält.</translation>
    </message>
    <message>
        <location filename="../lib/publish/credentialstore.cpp" line="92"/>
        <source>The command-line tool does not store passwords; give it with %1 or --password-file.</source>
        <translation>Das Kommandozeilenwerkzeug speichert keine Passwörter; geben Sie das Passwort mit %1 oder --password-file an.</translation>
    </message>
    <message>
        <location filename="../lib/publish/credentialstore.cpp" line="104"/>
        <source>the environment variable %1</source>
        <translation>der Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../lib/publish/credentialstore.cpp" line="105"/>
        <source>the file %1</source>
        <translation>der Datei %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::EssayKind</name>
    <message>
        <location filename="../lib/model/records.cpp" line="97"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="99"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="101"/>
        <source>Infographic</source>
        <translation>Infografik</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="103"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::ExportFolder</name>
    <message>
        <location filename="../lib/render/exportfolder.cpp" line="31"/>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/render/exportfolder.cpp" line="38"/>
        <source>Could not write %1: %2. Check that the folder is writable and the disk has room.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist und die Festplatte Platz hat.</translation>
    </message>
    <message>
        <location filename="../lib/render/exportfolder.cpp" line="47"/>
        <location filename="../lib/render/exportfolder.cpp" line="64"/>
        <source>Could not read the asset file %1: %2.</source>
        <translation>Die Mediendatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../lib/render/exportfolder.cpp" line="161"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::FieldNames</name>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="19"/>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="20"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="21"/>
        <source>Role at the time</source>
        <translation>Rolle damals</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="22"/>
        <source>Said on</source>
        <translation>Gesagt am</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="25"/>
        <source>Context essay</source>
        <translation>Kontext-Essay</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="26"/>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="27"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="28"/>
        <source>Title typed in</source>
        <translation>Eingegebener Titel</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="29"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="30"/>
        <source>Slug typed in</source>
        <translation>Eingegebener Slug</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="31"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="23"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="24"/>
        <source>Where (link)</source>
        <translation>Wo (Link)</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="32"/>
        <source>Featured asset</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="33"/>
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="35"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="36"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="39"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="40"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="41"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="42"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="43"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="44"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="45"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="47"/>
        <source>Parent category</source>
        <translation>Übergeordnete Kategorie</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="48"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="49"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="50"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="51"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="52"/>
        <source>Site address</source>
        <translation>Adresse der Website</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="53"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../lib/model/fieldnames.cpp" line="46"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::ImportSummary</name>
    <message numerus="yes">
        <location filename="../lib/assets/importresult.cpp" line="64"/>
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/assets/importresult.cpp" line="66"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek</numerusform>
            <numerusform>%n bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/assets/importresult.cpp" line="68"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/assets/importresult.cpp" line="70"/>
        <source>cancelled with %n file(s) left</source>
        <translation>
            <numerusform>abgebrochen, %n Datei übrig</numerusform>
            <numerusform>abgebrochen, %n Dateien übrig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteDesk::JsonInput</name>
    <message>
        <location filename="../lib/store/jsoninput.cpp" line="90"/>
        <source>The file is empty. Choose a file made by Export.</source>
        <translation>Die Datei ist leer. Wählen Sie eine Datei, die mit „Exportieren“ erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../lib/store/jsoninput.cpp" line="96"/>
        <source>The file is not valid UTF-8 text: the byte 0x%1 at line %2, column %3 cannot be read. Save the file as UTF-8 (or export it again) and retry.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text: Das Byte 0x%1 in Zeile %2, Spalte %3 kann nicht gelesen werden. Speichern Sie die Datei als UTF-8 (oder exportieren Sie sie erneut) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../lib/store/jsoninput.cpp" line="108"/>
        <source>The file is not valid JSON: it holds the control character 0x%1 at line %2, column %3, which JSON text must write as an escape. Correct the file or export it again.</source>
        <translation>Die Datei ist kein gültiges JSON: Sie enthält in Zeile %2, Spalte %3 das Steuerzeichen 0x%1, das in JSON-Text als Escape-Sequenz stehen muss. Korrigieren Sie die Datei oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/store/jsoninput.cpp" line="118"/>
        <source>The file is not valid JSON: %1 at line %2, column %3. If it was cut off, export it again; if it was edited by hand, correct it there.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2, Spalte %3. Wurde sie abgeschnitten, exportieren Sie sie erneut; wurde sie von Hand bearbeitet, korrigieren Sie sie an dieser Stelle.</translation>
    </message>
    <message>
        <location filename="../lib/store/jsoninput.cpp" line="124"/>
        <source>The file holds JSON, but not a JSON object at its top level. Choose a file made by Export.</source>
        <translation>Die Datei enthält JSON, aber auf oberster Ebene kein JSON-Objekt. Wählen Sie eine Datei, die mit „Exportieren“ erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::KeychainCredentialStore</name>
    <message>
        <location filename="../lib/publish/keychaincredentialstore.cpp" line="34"/>
        <source>No keychain service answered (%1); passwords are kept in memory until QuoteDesk quits.</source>
        <translation>Kein Schlüsselbund-Dienst hat geantwortet (%1); Passwörter werden im Speicher gehalten, bis QuoteDesk beendet wird.</translation>
    </message>
    <message>
        <location filename="../lib/publish/keychaincredentialstore.cpp" line="69"/>
        <source>The keychain refused to give the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht herausgegeben: %1</translation>
    </message>
    <message>
        <location filename="../lib/publish/keychaincredentialstore.cpp" line="98"/>
        <source>The keychain did not store the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../lib/publish/keychaincredentialstore.cpp" line="124"/>
        <source>The keychain did not delete the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../lib/publish/keychaincredentialstore.cpp" line="131"/>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Library</name>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="58"/>
        <source>“%1” is a folder. Name a library file inside it instead.</source>
        <translation>„%1“ ist ein Ordner. Geben Sie stattdessen eine Bibliotheksdatei darin an.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="72"/>
        <source>The library was opened read-only on request.</source>
        <translation>Die Bibliothek wurde auf Wunsch schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="75"/>
        <source>The library file cannot be written, so it is open read-only. Changes cannot be saved; copy the file somewhere you may write to edit it.</source>
        <translation>Die Bibliotheksdatei ist nicht beschreibbar, daher ist sie schreibgeschützt geöffnet. Änderungen können nicht gespeichert werden; kopieren Sie die Datei an einen Ort, an dem Sie schreiben dürfen, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="79"/>
        <source>The folder of the library cannot be written, so the library is open read-only. Move it to a folder you may write to edit it.</source>
        <translation>Der Ordner der Bibliothek ist nicht beschreibbar, daher ist die Bibliothek schreibgeschützt geöffnet. Verschieben Sie sie in einen Ordner, in dem Sie schreiben dürfen, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="86"/>
        <source>The library “%1” does not exist.</source>
        <translation>Die Bibliothek „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="92"/>
        <source>Cannot create the folder “%1” for the library. Check that you may write there.</source>
        <translation>Der Ordner „%1“ für die Bibliothek kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="102"/>
        <source>Cannot create the library “%1”: %2. Check that you may write to its folder.</source>
        <translation>Die Bibliothek „%1“ kann nicht angelegt werden: %2. Prüfen Sie, ob Sie in ihren Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="154"/>
        <location filename="../lib/store/sqlitestore.cpp" line="212"/>
        <source>The library “%1” cannot be opened: %2.</source>
        <translation>Die Bibliothek „%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="201"/>
        <source>The library “%1” comes from an older QuoteDesk and must be upgraded, but it is read-only. Open a copy you may write to.</source>
        <translation>Die Bibliothek „%1“ stammt von einem älteren QuoteDesk und muss aktualisiert werden, ist aber schreibgeschützt. Öffnen Sie eine Kopie, in die Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/store/library.cpp" line="55"/>
        <location filename="../lib/store/sqlitestore.cpp" line="262"/>
        <source>No library is open.</source>
        <translation>Es ist keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="393"/>
        <source>The record no longer exists in the library (deleted elsewhere?). Save it as a new one.</source>
        <translation>Der Eintrag existiert nicht mehr in der Bibliothek (anderswo gelöscht?). Speichern Sie ihn als neuen Eintrag.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore.cpp" line="470"/>
        <source>Cannot sort %1 by “%2”: there is no such field.</source>
        <translation>Die Tabelle %1 kann nicht nach „%2“ sortiert werden: Ein solches Feld gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitestore_impl.h" line="44"/>
        <source>There is no %1 with id %2 in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Eintrag vom Typ %1 mit der ID %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryfile.cpp" line="33"/>
        <source>The library “%1” is damaged: the file is shorter than its own header says, so it was probably cut off while being copied. Restore it from a backup.</source>
        <translation>Die Bibliothek „%1“ ist beschädigt: Die Datei ist kürzer, als ihr eigener Dateikopf angibt; sie wurde also wahrscheinlich beim Kopieren abgeschnitten. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryfile.cpp" line="40"/>
        <source>The file “%1” is an SQLite database of another program, not a QuoteDesk library. Choose a library file (.qdlib).</source>
        <translation>Die Datei „%1“ ist eine SQLite-Datenbank eines anderen Programms, keine QuoteDesk-Bibliothek. Wählen Sie eine Bibliotheksdatei (.qdlib).</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryfile.cpp" line="47"/>
        <source>The library “%1” was written by a newer QuoteDesk (library version %2; this QuoteDesk reads up to version %3). Update QuoteDesk to open it.</source>
        <translation>Die Bibliothek „%1“ wurde von einem neueren QuoteDesk geschrieben (Bibliotheksversion %2; dieses QuoteDesk liest bis Version %3). Aktualisieren Sie QuoteDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryfile.cpp" line="63"/>
        <source>The library “%1” cannot be read: %2. Check that you may read the file.</source>
        <translation>Die Bibliothek „%1“ kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryfile.cpp" line="72"/>
        <source>The file “%1” is empty, so it is not a QuoteDesk library. Choose another file, or delete it to start a new library there.</source>
        <translation>Die Datei „%1“ ist leer und daher keine QuoteDesk-Bibliothek. Wählen Sie eine andere Datei oder löschen Sie sie, um dort eine neue Bibliothek anzulegen.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryfile.cpp" line="78"/>
        <source>The file “%1” is not a QuoteDesk library (it is not an SQLite database). Choose a library file (.qdlib).</source>
        <translation>Die Datei „%1“ ist keine QuoteDesk-Bibliothek (sie ist keine SQLite-Datenbank). Wählen Sie eine Bibliotheksdatei (.qdlib).</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/store/sqlitetrash.cpp" line="78"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitetrash.cpp" line="98"/>
        <source>There is no %1 with id %2 outside the trash.</source>
        <translation>Außerhalb des Papierkorbs gibt es keinen Eintrag vom Typ %1 mit der ID %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitetrash.cpp" line="99"/>
        <source>There is no %1 with id %2 in the trash.</source>
        <translation>Im Papierkorb gibt es keinen Eintrag vom Typ %1 mit der ID %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitetrash.cpp" line="117"/>
        <source>“%1” is still used by %2. Change those first, or replace it with another %3.</source>
        <translation>„%1“ wird noch verwendet von %2. Ändern Sie diese zuerst oder ersetzen Sie den Eintrag durch einen anderen vom Typ %3.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitetrash.cpp" line="130"/>
        <source>A record cannot be replaced by itself. Choose another one.</source>
        <translation>Ein Eintrag kann nicht durch sich selbst ersetzt werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitetrash.cpp" line="137"/>
        <source>The replacement %1 does not exist.</source>
        <translation>Der Ersatz (%1) existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitetrash.cpp" line="198"/>
        <source>“%1” cannot be deleted for ever while %2 still use it, even from the trash.</source>
        <translation>„%1“ kann nicht endgültig gelöscht werden, solange %2 es noch verwenden, auch nicht aus dem Papierkorb.</translation>
    </message>
    <message>
        <location filename="../lib/store/sqlitetrash.cpp" line="224"/>
        <source>There is no %1 with id %2.</source>
        <translation>Es gibt keinen Eintrag vom Typ %1 mit der ID %2.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::LibraryExchange</name>
    <message>
        <location filename="../lib/store/libraryexchange.cpp" line="102"/>
        <source>A revision of the %1 %2 taken at %3 is damaged (%4), so the library cannot be exported whole. Export the records you need instead.</source>
        <translation>Eine Version des Eintrags %2 (%1) vom %3 ist beschädigt (%4), daher kann die Bibliothek nicht vollständig exportiert werden. Exportieren Sie stattdessen die Einträge, die Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryexchange.cpp" line="159"/>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 neu, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryexchange.cpp" line="165"/>
        <source>revisions: %1 new, %2 already present</source>
        <translation>Versionen: %1 neu, %2 bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryexchange.cpp" line="167"/>
        <source>Nothing was written (dry run).</source>
        <translation>Es wurde nichts geschrieben (Probelauf).</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryexchange.cpp" line="185"/>
        <source>The library cannot be read for the export: %1</source>
        <translation>Die Bibliothek kann für den Export nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryexchange.cpp" line="227"/>
        <source>Cannot write the export to “%1”: %2. Choose a folder you may write to.</source>
        <translation>Der Export kann nicht nach „%1“ geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryexchange.cpp" line="253"/>
        <source>Cannot read “%1”: %2. Check the file name and that you may read it.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie den Dateinamen und ob Sie die Datei lesen dürfen.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::LibraryImporter</name>
    <message>
        <location filename="../lib/store/exchangeformat.cpp" line="34"/>
        <source>“%1”, uuid %2</source>
        <translation>„%1“, UUID %2</translation>
    </message>
    <message>
        <location filename="../lib/store/exchangeformat.cpp" line="36"/>
        <source>uuid %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <location filename="../lib/store/exchangeformat.cpp" line="38"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../lib/store/exchangeformat.cpp" line="40"/>
        <source>record %1 of “%2”</source>
        <translation>Eintrag %1 in „%2“</translation>
    </message>
    <message>
        <location filename="../lib/store/exchangeformat.cpp" line="41"/>
        <source>record %1 of “%2” (%3)</source>
        <translation>Eintrag %1 in „%2“ (%3)</translation>
    </message>
    <message>
        <location filename="../lib/store/exchangeformat.cpp" line="46"/>
        <source>Nothing was imported: %1 is not valid. %2 Correct the file and import it again.</source>
        <translation>Es wurde nichts importiert: %1 ist ungültig. %2 Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="56"/>
        <source>The file is not a QuoteDesk library export: it has no “format” marker. Choose a file made by Export.</source>
        <translation>Die Datei ist kein Export einer QuoteDesk-Bibliothek: Ihr fehlt die Kennung „format“. Wählen Sie eine Datei, die mit „Exportieren“ erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="59"/>
        <source>The file is not a QuoteDesk library export: its “format” is “%1”, not “%2”. Choose a file made by Export.</source>
        <translation>Die Datei ist kein Export einer QuoteDesk-Bibliothek: Ihr „format“ ist „%1“, nicht „%2“. Wählen Sie eine Datei, die mit „Exportieren“ erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="69"/>
        <source>The file has no valid format “version” (a whole number from 1). Export it again.</source>
        <translation>Die Datei hat keine gültige Formatangabe „version“ (eine ganze Zahl ab 1). Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="75"/>
        <source>The file was written by a newer QuoteDesk (export format version %1; this QuoteDesk reads up to version %2). Update QuoteDesk to import it.</source>
        <translation>Die Datei wurde von einem neueren QuoteDesk geschrieben (Exportformat Version %1; dieses QuoteDesk liest bis Version %2). Aktualisieren Sie QuoteDesk, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="103"/>
        <source>Nothing was imported: the section “%1” must be a list of records. Correct the file and import it again.</source>
        <translation>Es wurde nichts importiert: Der Abschnitt „%1“ muss eine Liste von Einträgen sein. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="116"/>
        <source>it is not a record (a JSON object)</source>
        <translation>er ist kein Eintrag (kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="119"/>
        <source>the field “uuid” is required, so that a later import updates the record instead of adding a copy</source>
        <translation>das Feld „uuid“ ist nötig, damit ein späterer Import den Eintrag aktualisiert, statt eine Kopie anzulegen</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="123"/>
        <source>its uuid is also that of record %1 in this section; each record may appear once</source>
        <translation>seine UUID ist auch die von Eintrag %1 in diesem Abschnitt; jeder Eintrag darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="162"/>
        <source>it must name a %1 by its uuid (a string)</source>
        <translation>er muss einen Eintrag vom Typ %1 über dessen UUID (eine Zeichenkette) angeben</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="174"/>
        <source>it refers to the %1 with uuid %2, which is neither in the file nor in this library</source>
        <translation>er verweist auf den Eintrag vom Typ %1 mit der UUID %2, der weder in der Datei noch in dieser Bibliothek ist</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="184"/>
        <source>the field “%1” must name a record type such as “quote” or “essay”</source>
        <translation>das Feld „%1“ muss einen Eintragstyp wie „quote“ oder „essay“ angeben</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="189"/>
        <source>the field “%1”: %2</source>
        <translation>das Feld „%1“: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="208"/>
        <source>another publication in the file is for the same %1 and site; keep only one of them</source>
        <translation>eine andere Veröffentlichung in der Datei gilt demselben Eintrag (%1) und derselben Website; behalten Sie nur eine davon</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="227"/>
        <source>this library already has a publication of that record on that site (uuid %1); remove one of the two, then import again</source>
        <translation>diese Bibliothek hat bereits eine Veröffentlichung dieses Eintrags auf dieser Website (UUID %1); entfernen Sie eine der beiden und importieren Sie dann erneut</translation>
    </message>
    <message>
        <location filename="../lib/store/libraryimporter.cpp" line="359"/>
        <source>Nothing was imported: saving %1 failed: %2</source>
        <translation>Es wurde nichts importiert: Das Speichern von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/revisionimporter.cpp" line="53"/>
        <source>Nothing was imported: the section “%1” must be a list of revisions. Correct the file and import it again.</source>
        <translation>Es wurde nichts importiert: Der Abschnitt „%1“ muss eine Liste von Versionen sein. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/store/revisionimporter.cpp" line="70"/>
        <source>it is not a revision (a JSON object)</source>
        <translation>er ist keine Version (kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../lib/store/revisionimporter.cpp" line="72"/>
        <source>the field “%1” must be “quote”, “speaker” or “essay”</source>
        <translation>das Feld „%1“ muss „quote“, „speaker“ oder „essay“ sein</translation>
    </message>
    <message>
        <location filename="../lib/store/revisionimporter.cpp" line="74"/>
        <source>the field “%1” must be the uuid of a %2 in the file or in this library</source>
        <translation>das Feld „%1“ muss die UUID eines Eintrags vom Typ %2 in der Datei oder in dieser Bibliothek sein</translation>
    </message>
    <message>
        <location filename="../lib/store/revisionimporter.cpp" line="77"/>
        <source>the field “%1” must be a time like 2025-05-28T10:00:00Z</source>
        <translation>das Feld „%1“ muss eine Zeitangabe wie 2025-05-28T10:00:00Z sein</translation>
    </message>
    <message>
        <location filename="../lib/store/revisionimporter.cpp" line="79"/>
        <source>the field “%1” must be a record (a JSON object)</source>
        <translation>das Feld „%1“ muss ein Eintrag (ein JSON-Objekt) sein</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Main</name>
    <message>
        <location filename="../app/main.cpp" line="107"/>
        <source>Open the library FILE (created when missing).</source>
        <translation>Die Bibliothek DATEI öffnen (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108"/>
        <location filename="../app/main.cpp" line="113"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="110"/>
        <source>Open the demo library, filling it with sample posts first.</source>
        <translation>Die Demo-Bibliothek öffnen und sie zuerst mit Beispielbeiträgen füllen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="112"/>
        <source>Open the first quote, save a picture of the window to FILE and quit.</source>
        <translation>Das erste Zitat öffnen, ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="117"/>
        <source>Quit as soon as the window has been shown, with status 0 (a check that the app starts).</source>
        <translation>Beenden, sobald das Fenster gezeigt wurde, mit Status 0 (eine Prüfung, dass die App startet).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="124"/>
        <source>Edit quote posts, speakers and essays in a QuoteDesk library, preview them as the site shows them and publish them to WordPress.</source>
        <translation>Zitatbeiträge, Sprecher und Essays in einer QuoteDesk-Bibliothek bearbeiten, so in der Vorschau sehen, wie die Website sie zeigt, und nach WordPress veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>The library to open, a .qdlib file (as --library).</source>
        <translation>Die zu öffnende Bibliothek, eine .qdlib-Datei (wie --library).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="130"/>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="185"/>
        <source>quotedesk: name one library file, not %1; see --help.</source>
        <translation>quotedesk: Geben Sie eine Bibliotheksdatei an, nicht %1; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191"/>
        <source>quotedesk: name the library either with --library or as FILE, not both; see --help.</source>
        <translation>quotedesk: Geben Sie die Bibliothek entweder mit --library oder als DATEI an, nicht beides; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="226"/>
        <location filename="../app/main.cpp" line="236"/>
        <source>QuoteDesk</source>
        <translation>QuoteDesk</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="222"/>
        <source>Could not open the library “%1”: %2

Choose another file with --library.</source>
        <translation>Die Bibliothek „%1“ konnte nicht geöffnet werden: %2

Wählen Sie mit --library eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="233"/>
        <source>Could not fill the demo library: %1</source>
        <translation>Die Demo-Bibliothek konnte nicht gefüllt werden: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="53"/>
        <source>QuoteDesk — %1</source>
        <translation>QuoteDesk — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdialogs.cpp" line="17"/>
        <source>QuoteDesk</source>
        <translation>QuoteDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdialogs.cpp" line="21"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdialogs.cpp" line="22"/>
        <source>These records have unsaved changes:
%1

Save them before closing?</source>
        <translation>Diese Einträge haben ungespeicherte Änderungen:
%1

Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdialogs.cpp" line="28"/>
        <location filename="../app/gui/mainwindowrecovery.cpp" line="115"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdialogs.cpp" line="29"/>
        <source>QuoteDesk ended without saving these records:
%1

Restore the unsaved changes? Restored records open with the changes unsaved; save them to keep them.</source>
        <translation>QuoteDesk wurde beendet, ohne diese Einträge zu speichern:
%1

Die ungespeicherten Änderungen wiederherstellen? Wiederhergestellte Einträge öffnen sich mit ungespeicherten Änderungen; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdialogs.cpp" line="33"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdialogs.cpp" line="35"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="56"/>
        <source>Open records</source>
        <translation>Geöffnete Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="60"/>
        <source>Open a record from the list, or create one with File ▸ New.</source>
        <translation>Öffnen Sie einen Eintrag aus der Liste oder legen Sie mit Datei ▸ Neu einen an.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="99"/>
        <source>This library is open read-only: %1 Changes cannot be saved; open a copy you can write to.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet: %1 Änderungen können nicht gespeichert werden; öffnen Sie eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="112"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="153"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="160"/>
        <location filename="../app/gui/mainwindow.cpp" line="244"/>
        <source>New &amp;Quote</source>
        <translation>Neues &amp;Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="165"/>
        <source>New &amp;Speaker</source>
        <translation>Neuer &amp;Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="167"/>
        <source>New &amp;Essay</source>
        <translation>Neuer &amp;Essay</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="173"/>
        <source>&amp;Close Record</source>
        <translation>Eintrag s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="176"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="187"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="190"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="193"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="199"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="201"/>
        <source>&amp;Open Record…</source>
        <translation>Eintrag ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="242"/>
        <source>New &amp;Category</source>
        <translation>Neue &amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="243"/>
        <source>New &amp;Tag</source>
        <translation>Neues &amp;Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="298"/>
        <source>Could not give the speaker’s quotes their new titles: %1 Edit and save the speaker again to retry.</source>
        <translation>Die Zitate des Sprechers konnten ihre neuen Titel nicht erhalten: %1 Bearbeiten und speichern Sie den Sprecher erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="302"/>
        <source>%n quote title(s) now follow the speaker’s new name.</source>
        <translation>
            <numerusform>%n Zitattitel folgt jetzt dem neuen Namen des Sprechers.</numerusform>
            <numerusform>%n Zitattitel folgen jetzt dem neuen Namen des Sprechers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="68"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="91"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="97"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="129"/>
        <source>Could not save the new record (%1): %2</source>
        <translation>Der neue Datensatz (%1) konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="131"/>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="198"/>
        <source>“%1” is still used by:
%2

Change or delete these first.</source>
        <translation>„%1“ wird noch verwendet von:
%2

Ändern oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="203"/>
        <source>Moved to the trash.</source>
        <translation>In den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="228"/>
        <source>New Speaker</source>
        <translation>Neuer Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="228"/>
        <source>New Essay</source>
        <translation>Neuer Essay</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="229"/>
        <source>Name of the new speaker:</source>
        <translation>Name des neuen Sprechers:</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="229"/>
        <source>Title of the new essay:</source>
        <translation>Titel des neuen Essays:</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="248"/>
        <source>Could not create the speaker “%1”: %2</source>
        <translation>Der Sprecher „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="249"/>
        <source>Could not create the essay “%1”: %2</source>
        <translation>Der Essay „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="253"/>
        <source>Created the speaker “%1”; Undo in the quote takes it back.</source>
        <translation>Sprecher „%1“ angelegt; Rückgängig im Zitat nimmt ihn zurück.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="254"/>
        <source>Created the essay “%1”; Undo in the quote takes it back.</source>
        <translation>Essay „%1“ angelegt; Rückgängig im Zitat nimmt ihn zurück.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="265"/>
        <source>“%1” stays in the library: its tab has unsaved changes.</source>
        <translation>„%1“ bleibt in der Bibliothek: sein Tab hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="273"/>
        <source>“%1” stays in the library: %2</source>
        <translation>„%1“ bleibt in der Bibliothek: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="274"/>
        <source>“%1” stays in the library: “%2” uses it.</source>
        <translation>„%1“ bleibt in der Bibliothek: „%2“ verwendet es.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="280"/>
        <source>Moved “%1” to the trash; Redo brings it back.</source>
        <translation>„%1“ in den Papierkorb verschoben; Wiederholen holt es zurück.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowtabs.cpp" line="286"/>
        <source>Could not bring “%1” back from the trash: %2 Restore it from the Trash view.</source>
        <translation>„%1“ konnte nicht aus dem Papierkorb zurückgeholt werden: %2 Stellen Sie es in der Ansicht Papierkorb wieder her.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="24"/>
        <source>E&amp;xport Site…</source>
        <translation>Website e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="26"/>
        <source>Write the published posts as a static web site into a folder.</source>
        <translation>Die veröffentlichten Beiträge als statische Website in einen Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="31"/>
        <source>Export Site To Folder</source>
        <translation>Website in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="37"/>
        <source>Exporting the site…</source>
        <translation>Die Website wird exportiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="37"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="39"/>
        <source>Export Site</source>
        <translation>Website exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="54"/>
        <source>Could not export the site to “%1”: %2</source>
        <translation>Die Website konnte nicht nach „%1“ exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindowexport.cpp" line="58"/>
        <source>Exported %n post(s) to “%1”.</source>
        <translation>
            <numerusform>%n Beitrag wurde nach „%1“ exportiert.</numerusform>
            <numerusform>%n Beiträge wurden nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowexport.cpp" line="60"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowformat.cpp" line="20"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="30"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="39"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="41"/>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="54"/>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="100"/>
        <source>A speaker has no page of its own. Open one of the speaker&apos;s quotes instead.</source>
        <translation>Ein Sprecher hat keine eigene Seite. Öffnen Sie stattdessen eines seiner Zitate.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="102"/>
        <source>Could not open “%1” in a browser: %2</source>
        <translation>„%1“ konnte nicht im Browser geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="110"/>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpanels.cpp" line="116"/>
        <source>&amp;Revisions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowrecovery.cpp" line="49"/>
        <source>Could not restore the revision of “%1”: %2 The record is unchanged.</source>
        <translation>Die Version von „%1“ konnte nicht wiederhergestellt werden: %2 Der Eintrag ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowrecovery.cpp" line="53"/>
        <source>Restore Revision</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowrecovery.cpp" line="54"/>
        <source>Revision restored; save to keep it, or undo to go back.</source>
        <translation>Version wiederhergestellt; speichern Sie, um sie zu behalten, oder machen Sie es rückgängig.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowrecovery.cpp" line="72"/>
        <source>• %1 (changed %2)</source>
        <translation>• %1 (geändert %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowrecovery.cpp" line="93"/>
        <location filename="../app/gui/mainwindowrecovery.cpp" line="111"/>
        <source>Could not restore the unsaved changes of “%1”: %2 The draft stays in the journal.</source>
        <translation>Die ungespeicherten Änderungen an „%1“ konnten nicht wiederhergestellt werden: %2 Der Entwurf bleibt im Journal.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::MarkdownEdit</name>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="72"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="73"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="74"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="75"/>
        <source>Heading &amp;1</source>
        <translation>Überschrift &amp;1</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="76"/>
        <source>Heading &amp;2</source>
        <translation>Überschrift &amp;2</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="77"/>
        <source>Heading &amp;3</source>
        <translation>Überschrift &amp;3</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="78"/>
        <source>B&amp;ulleted List</source>
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="79"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/editor/markdownedit.cpp" line="169"/>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Migrations</name>
    <message>
        <location filename="../lib/store/migrations.cpp" line="267"/>
        <source>Could not upgrade the library to version %1: %2</source>
        <translation>Die Bibliothek konnte nicht auf Version %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::OpenInBrowser</name>
    <message>
        <location filename="../app/editor/openinbrowser.cpp" line="33"/>
        <source>Could not make a temporary folder for the page in %1. Check that the disk has free space and the folder can be written.</source>
        <translation>In %1 konnte kein temporärer Ordner für die Seite angelegt werden. Prüfen Sie, ob die Festplatte freien Platz hat und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../app/editor/openinbrowser.cpp" line="42"/>
        <source>Could not make a folder for the page in %1: %2.</source>
        <translation>In %1 konnte kein Ordner für die Seite angelegt werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/editor/openinbrowser.cpp" line="54"/>
        <source>No browser opened the page %1. Open it by hand, or set a default web browser in the system settings.</source>
        <translation>Kein Browser hat die Seite %1 geöffnet. Öffnen Sie sie von Hand oder legen Sie in den Systemeinstellungen einen Standardbrowser fest.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::PasswordPrompt</name>
    <message>
        <location filename="../app/publish/passwordprompt.cpp" line="23"/>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../app/publish/passwordprompt.cpp" line="26"/>
        <location filename="../app/publish/passwordprompt.cpp" line="34"/>
        <source>Application Password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <location filename="../app/publish/passwordprompt.cpp" line="35"/>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <location filename="../app/publish/passwordprompt.cpp" line="37"/>
        <source>No keychain is running, so the password is kept in memory until QuoteDesk closes and asked for again after that.</source>
        <translation>Es läuft kein Schlüsselbund; daher wird das Passwort nur im Speicher gehalten, bis QuoteDesk beendet wird, und danach erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../app/publish/passwordprompt.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../app/publish/passwordprompt.cpp" line="46"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../app/publish/passwordprompt.cpp" line="75"/>
        <source>Enter the Application Password of the user “%1” on the site “%2”. Create one in WordPress under Users → Profile → Application Passwords.</source>
        <translation>Geben Sie das Anwendungspasswort des Benutzers „%1“ auf der Website „%2“ ein. Sie können eines in WordPress unter Benutzer → Profil → Anwendungspasswörter erstellen.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::PreviewBrowser</name>
    <message>
        <location filename="../app/editor/previewbrowser.cpp" line="39"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/editor/previewbrowser.cpp" line="384"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/editor/previewbrowser.cpp" line="387"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::PreviewPane</name>
    <message>
        <location filename="../app/editor/previewpane.cpp" line="72"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/editor/previewpane.cpp" line="163"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/editor/previewpane.cpp" line="192"/>
        <source>The preview cannot be shown: %1</source>
        <translation>Die Vorschau kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::PublishController</name>
    <message>
        <location filename="../lib/publish/publishcontroller.cpp" line="52"/>
        <source>The site is not in the library any more: %1</source>
        <translation>Die Website ist nicht mehr in der Bibliothek: %1</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishcontroller.cpp" line="122"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishcontroller.cpp" line="150"/>
        <source>This post is not published on that site.</source>
        <translation>Dieser Beitrag ist auf dieser Website nicht veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishcontroller.cpp" line="191"/>
        <source>The publication changed meanwhile; publish again to compare anew.</source>
        <translation>Die Veröffentlichung hat sich inzwischen geändert; veröffentlichen Sie erneut, um neu zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishcontroller.cpp" line="235"/>
        <source>%1 answered the question which posts changed with something other than a list of posts. A plugin may change the REST API&apos;s answers; try again, and check the site if it keeps happening.</source>
        <translation>%1 hat auf die Frage, welche Beiträge sich geändert haben, nicht mit einer Liste von Beiträgen geantwortet. Ein Plugin verändert vielleicht die Antworten der REST-API; versuchen Sie es erneut und prüfen Sie die Website, wenn es wieder geschieht.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::PublishJob</name>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="47"/>
        <source>Checking the post</source>
        <translation>Beitrag wird geprüft</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="49"/>
        <source>Connecting to the site</source>
        <translation>Verbindung zur Website wird hergestellt</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="51"/>
        <source>Comparing with the site</source>
        <translation>Abgleich mit der Website</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="53"/>
        <source>Uploading files</source>
        <translation>Dateien werden hochgeladen</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="55"/>
        <source>Matching categories and tags</source>
        <translation>Kategorien und Schlagwörter werden zugeordnet</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="57"/>
        <source>Writing the post</source>
        <translation>Beitrag wird geschrieben</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="59"/>
        <source>Recording the publication</source>
        <translation>Veröffentlichung wird vermerkt</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="89"/>
        <source>%1 may not publish on this site, only write drafts. Publish as a draft, or ask the site&apos;s administrator for the Author role or above.</source>
        <translation>%1 darf auf dieser Website nicht veröffentlichen, nur Entwürfe schreiben. Veröffentlichen Sie als Entwurf oder bitten Sie den Administrator der Website um die Rolle „Autor“ oder höher.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="110"/>
        <location filename="../lib/publish/publishjob.cpp" line="420"/>
        <source>Cancelled; nothing more was sent.</source>
        <translation>Abgebrochen; es wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="181"/>
        <source>“%1” was changed on the site since it was last published from here. Nothing was written. Compare the two versions, then overwrite the site, take the site&apos;s version, or cancel.</source>
        <translation>„%1“ wurde auf der Website geändert, seit es zuletzt von hier veröffentlicht wurde. Es wurde nichts geschrieben. Vergleichen Sie die beiden Fassungen und überschreiben Sie dann die Website, übernehmen Sie die Fassung der Website oder brechen Sie ab.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="204"/>
        <source>The site already has another post with the slug “%1” (post %2, “%3”). Change the slug of this post, or delete that one on the site.</source>
        <translation>Die Website hat bereits einen anderen Beitrag mit dem Slug „%1“ (Beitrag %2, „%3“). Ändern Sie den Slug dieses Beitrags oder löschen Sie den anderen auf der Website.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="212"/>
        <source>Found the post on the site from an earlier attempt (post %1); updated it instead of creating another.</source>
        <translation>Der Beitrag eines früheren Versuchs wurde auf der Website gefunden (Beitrag %1); er wurde aktualisiert, statt einen weiteren anzulegen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="300"/>
        <source>The site accepted the file but sent no media id back.</source>
        <translation>Die Website hat die Datei angenommen, aber keine Medien-ID zurückgesendet.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="318"/>
        <source>Could not note the uploaded file in the library: %1</source>
        <translation>Die hochgeladene Datei konnte nicht in der Bibliothek vermerkt werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="380"/>
        <source>The site answered without the post&apos;s id.</source>
        <translation>Die Website hat ohne die ID des Beitrags geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/publish/publishjob.cpp" line="408"/>
        <source>The post was published, but the library could not record it: %1</source>
        <translation>Der Beitrag wurde veröffentlicht, aber die Bibliothek konnte das nicht vermerken: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::PublishPanel</name>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="32"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="34"/>
        <source>&amp;Open on Site</source>
        <translation>Auf der Website ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="35"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="37"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="45"/>
        <source>Publish &amp;to:</source>
        <translation>Veröffentlichen a&amp;uf:</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="47"/>
        <source>Site to publish to</source>
        <translation>Website, auf der veröffentlicht wird</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="49"/>
        <location filename="../app/publish/publishpanel.cpp" line="106"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="51"/>
        <source>Publish the post to the chosen site (Ctrl+Shift+P).</source>
        <translation>Den Beitrag auf der gewählten Website veröffentlichen (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="52"/>
        <source>Publishing step</source>
        <translation>Veröffentlichungsschritt</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="53"/>
        <source>Progress of the step</source>
        <translation>Fortschritt des Schritts</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="56"/>
        <source>Stop publishing; what the site already has stays there and a retry is safe.</source>
        <translation>Veröffentlichen abbrechen; was die Website schon erhalten hat, bleibt dort, und ein erneuter Versuch ist sicher.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="57"/>
        <source>Publishing result</source>
        <translation>Ergebnis der Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="60"/>
        <source>Open the post in the web browser.</source>
        <translation>Den Beitrag im Webbrowser öffnen.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="61"/>
        <source>Publish again.</source>
        <translation>Erneut veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="107"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="108"/>
        <source>Publish the post to the site (Ctrl+Shift+P)</source>
        <translation>Den Beitrag auf der Website veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="158"/>
        <source>No site yet: add one under Sites</source>
        <translation>Noch keine Website: Fügen Sie unter „Websites“ eine hinzu</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="181"/>
        <source>Open a quote or essay to publish it.</source>
        <translation>Öffnen Sie ein Zitat oder einen Essay, um es zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="182"/>
        <source>Add a WordPress site under Sites first.</source>
        <translation>Fügen Sie zuerst unter „Websites“ eine WordPress-Website hinzu.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="189"/>
        <source>Could not prepare the post: %1</source>
        <translation>Der Beitrag konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="218"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="231"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="257"/>
        <source>Publishing cancelled. Whatever the site already received stays there; Retry is safe and creates nothing twice.</source>
        <translation>Veröffentlichen abgebrochen. Was die Website schon erhalten hat, bleibt dort; „Wiederholen“ ist sicher und legt nichts doppelt an.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="263"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>Veröffentlichen auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="267"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="268"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="269"/>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="271"/>
        <source>Updated post %1 on %2 (%3).</source>
        <translation>Beitrag %1 auf %2 aktualisiert (%3).</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="272"/>
        <source>Created post %1 on %2 (%3).</source>
        <translation>Beitrag %1 auf %2 angelegt (%3).</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="276"/>
        <source>Files: %1 uploaded, %2 already on the site.</source>
        <translation>Dateien: %1 hochgeladen, %2 schon auf der Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="280"/>
        <source>The site did not keep everything: %1</source>
        <translation>Die Website hat nicht alles übernommen: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="288"/>
        <source>The post changed on the site since the last publish; nothing was sent.</source>
        <translation>Der Beitrag wurde seit der letzten Veröffentlichung auf der Website geändert; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="309"/>
        <source>Could not take the site&apos;s version: %1</source>
        <translation>Die Fassung der Website konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="312"/>
        <source>Took the site&apos;s version into this record; the site was not changed.</source>
        <translation>Die Fassung der Website wurde in diesen Eintrag übernommen; die Website wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="319"/>
        <source>Nothing was published: the site keeps its edits and this record keeps yours.</source>
        <translation>Nichts wurde veröffentlicht: Die Website behält ihre Änderungen und dieser Eintrag Ihre.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::PublishingActions</name>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="79"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="100"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="104"/>
        <source>&amp;Open on Site</source>
        <translation>Auf der Website ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="106"/>
        <source>Open the published post in the web browser.</source>
        <translation>Den veröffentlichten Beitrag im Webbrowser öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="107"/>
        <source>&amp;Unpublish…</source>
        <translation>Veröffentlichung &amp;zurückziehen…</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="109"/>
        <source>Move the post to the site&apos;s trash.</source>
        <translation>Den Beitrag in den Papierkorb der Website verschieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="111"/>
        <source>&amp;Check the Site for Changes</source>
        <translation>Website auf Änderungen &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="114"/>
        <source>Ask the site which published posts were edited there.</source>
        <translation>Die Website fragen, welche veröffentlichten Beiträge dort bearbeitet wurden.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="117"/>
        <source>Show Publishing &amp;Panel</source>
        <translation>&amp;Veröffentlichungsleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="119"/>
        <source>&amp;Sites…</source>
        <translation>&amp;Websites…</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="170"/>
        <source>Checked %1 for changes.</source>
        <translation>%1 auf Änderungen geprüft.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="193"/>
        <source>Could not unpublish the post: %1</source>
        <translation>Die Veröffentlichung konnte nicht zurückgezogen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="196"/>
        <source>Moved the post to the site&apos;s trash.</source>
        <translation>Der Beitrag wurde in den Papierkorb der Website verschoben.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="218"/>
        <source>Choose a site in the publishing panel first.</source>
        <translation>Wählen Sie zuerst im Veröffentlichungsbereich eine Website.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="226"/>
        <source>Could not read which posts are published to %1: %2. Check the library file.</source>
        <translation>Konnte nicht lesen, welche Beiträge auf %1 veröffentlicht sind: %2. Prüfen Sie die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="233"/>
        <source>Nothing of this library is published to %1 yet.</source>
        <translation>Aus dieser Bibliothek ist noch nichts auf %1 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="240"/>
        <source>Checking %1 for changes…</source>
        <translation>%1 wird auf Änderungen geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="269"/>
        <source>Did not check %1 for changes: cancelled.</source>
        <translation>%1 wurde nicht auf Änderungen geprüft: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="272"/>
        <source>Could not check %1 for changes: %2</source>
        <translation>%1 konnte nicht auf Änderungen geprüft werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/publishingactions.cpp" line="274"/>
        <source>%n post(s) were not checked.</source>
        <translation>
            <numerusform>%n Beitrag wurde nicht geprüft.</numerusform>
            <numerusform>%n Beiträge wurden nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="285"/>
        <source>F5 checks again and says what to do.</source>
        <translation>F5 prüft erneut und sagt, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="320"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="361"/>
        <source>Could not open %1: no web browser answered. Copy the address into one.</source>
        <translation>%1 konnte nicht geöffnet werden: Kein Webbrowser hat geantwortet. Kopieren Sie die Adresse in einen Browser.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="372"/>
        <source>Unpublish</source>
        <translation>Veröffentlichung zurückziehen</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="373"/>
        <source>Move “%1” to the trash of %2? The record stays in the library and can be published again.</source>
        <translation>„%1“ in den Papierkorb von %2 verschieben? Der Eintrag bleibt in der Bibliothek und kann erneut veröffentlicht werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="387"/>
        <source>Take the Site&apos;s Version</source>
        <translation>Fassung der Website übernehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/publishingactions.cpp" line="403"/>
        <source>Took the site&apos;s version of “%1”; save to keep it.</source>
        <translation>Die Fassung der Website von „%1“ wurde übernommen; speichern Sie, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::QuickOpenDialog</name>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="23"/>
        <source>Open Record</source>
        <translation>Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="25"/>
        <source>Title or name</source>
        <translation>Titel oder Name</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="26"/>
        <source>Title or name to open</source>
        <translation>Zu öffnender Titel oder Name</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="28"/>
        <source>Matching records</source>
        <translation>Passende Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="52"/>
        <source>Could not search the library: %1 Close this and try again; if it keeps failing, reopen the library.</source>
        <translation>Die Bibliothek konnte nicht durchsucht werden: %1 Schließen Sie dieses Fenster und versuchen Sie es erneut; scheitert es weiter, öffnen Sie die Bibliothek neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordBrowser</name>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="143"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="148"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="149"/>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="174"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="182"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="184"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="185"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="186"/>
        <source>Essays</source>
        <translation>Essays</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="187"/>
        <source>Assets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="188"/>
        <source>Categories &amp; tags</source>
        <translation>Kategorien &amp; Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="189"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="190"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="191"/>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="193"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="194"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="195"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="196"/>
        <source>Needs update</source>
        <translation>Aktualisierung nötig</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="197"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="208"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="209"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="214"/>
        <source>Filter by speaker</source>
        <translation>Nach Sprecher filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="218"/>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="226"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="360"/>
        <location filename="../app/gui/recordbrowser.cpp" line="363"/>
        <source>Any speaker</source>
        <translation>Jeder Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="364"/>
        <source>Could not list the speakers to filter by: %1</source>
        <translation>Die Sprecher für den Filter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="367"/>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="368"/>
        <source>Could not list the categories to filter by: %1</source>
        <translation>Die Kategorien für den Filter konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/recordbrowser.cpp" line="373"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="414"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../app/gui/recordbrowser.cpp" line="468"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordDiff</name>
    <message>
        <location filename="../lib/model/recorddiff.cpp" line="122"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../lib/model/recorddiff.cpp" line="123"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordDocument</name>
    <message>
        <location filename="../lib/document/recorddocument.cpp" line="34"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../lib/document/recorddocument.cpp" line="109"/>
        <source>A %1 cannot be opened in an editor. Open a quote, speaker, essay, category or tag instead.</source>
        <translation>Ein Eintrag vom Typ %1 kann nicht im Editor geöffnet werden. Öffnen Sie stattdessen ein Zitat, einen Sprecher, einen Essay, eine Kategorie oder ein Schlagwort.</translation>
    </message>
    <message>
        <location filename="../lib/document/recorddocument.cpp" line="197"/>
        <source>Title follows the speaker’s name</source>
        <translation>Titel folgt dem Namen des Sprechers</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordEditor</name>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="84"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="85"/>
        <source>S&amp;peaker</source>
        <translation>S&amp;precher</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="86"/>
        <source>&amp;Role at the time</source>
        <translation>&amp;Rolle damals</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="87"/>
        <source>Said &amp;on</source>
        <translation>Gesagt &amp;am</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="88"/>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="89"/>
        <source>Where (&amp;link)</source>
        <translation>Wo (&amp;Link)</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="90"/>
        <source>Context &amp;essay</source>
        <translation>Kontext-&amp;Essay</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="91"/>
        <source>&amp;Commentary</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="92"/>
        <location filename="../app/gui/recordeditor.cpp" line="121"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="93"/>
        <source>Title follows the template</source>
        <translation>Titel folgt der Vorlage</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="94"/>
        <location filename="../app/gui/recordeditor.cpp" line="132"/>
        <location filename="../app/gui/recordeditor.cpp" line="143"/>
        <source>Sl&amp;ug</source>
        <translation>Sl&amp;ug</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="95"/>
        <source>Slug follows the title</source>
        <translation>Slug folgt dem Titel</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="96"/>
        <location filename="../app/gui/recordeditor.cpp" line="133"/>
        <source>E&amp;xcerpt</source>
        <translation>&amp;Auszug</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="97"/>
        <location filename="../app/gui/recordeditor.cpp" line="134"/>
        <source>&amp;Featured asset</source>
        <translation>&amp;Beitragsbild</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="98"/>
        <source>&amp;Brochure</source>
        <translation>Bros&amp;chüre</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="102"/>
        <location filename="../app/gui/recordeditor.cpp" line="129"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="103"/>
        <location filename="../app/gui/recordeditor.cpp" line="135"/>
        <source>C&amp;ategories</source>
        <translation>Kat&amp;egorien</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="104"/>
        <location filename="../app/gui/recordeditor.cpp" line="136"/>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="109"/>
        <location filename="../app/gui/recordeditor.cpp" line="142"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="110"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="111"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="112"/>
        <source>&amp;Headline</source>
        <translation>Ü&amp;berschrift</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="113"/>
        <source>&amp;Biography</source>
        <translation>&amp;Biografie</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="114"/>
        <source>&amp;Portrait</source>
        <translation>&amp;Porträt</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="115"/>
        <source>&amp;Links (one per line)</source>
        <translation>&amp;Links (einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="125"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="130"/>
        <source>&amp;Body</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="131"/>
        <source>S&amp;ources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="145"/>
        <source>&amp;Parent category</source>
        <translation>Ü&amp;bergeordnete Kategorie</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="240"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="250"/>
        <source>“%1” is not a date. Type it as year-month-day, e.g. 2024-05-21.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es als Jahr-Monat-Tag ein, z. B. 2024-05-21.</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="298"/>
        <source>“%1” cannot be the parent of “%2”: it is the category itself or one of its subcategories. Choose another parent category.</source>
        <translation>„%1“ kann nicht über „%2“ stehen: Es ist die Kategorie selbst oder eine ihrer Unterkategorien. Wählen Sie eine andere übergeordnete Kategorie.</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="365"/>
        <source>New Speaker “%1”</source>
        <translation>Neuer Sprecher „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="366"/>
        <source>New Essay “%1”</source>
        <translation>Neuer Essay „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="390"/>
        <source>&amp;Used by</source>
        <translation>&amp;Verwendet von</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="391"/>
        <source>Records that use this one; press Enter or double-click to open one</source>
        <translation>Einträge, die diesen verwenden; zum Öffnen Eingabe drücken oder doppelklicken</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="412"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="462"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordJson</name>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="52"/>
        <source>the field “%1” must be %2</source>
        <translation>das Feld „%1“ muss %2 sein</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="66"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="77"/>
        <location filename="../lib/model/recordjson.cpp" line="85"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="98"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="112"/>
        <source>a date like 2025-05-28</source>
        <translation>ein Datum wie 2025-05-28</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="126"/>
        <source>a time like 2025-05-28T10:00:00Z</source>
        <translation>eine Zeitangabe wie 2025-05-28T10:00:00Z</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="135"/>
        <location filename="../lib/model/recordjson.cpp" line="142"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="155"/>
        <source>the field “%1” must be one of: %2</source>
        <translation>das Feld „%1“ muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="168"/>
        <source>the field “%1”: %2</source>
        <translation>das Feld „%1“: %2</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="175"/>
        <source>a record id</source>
        <translation>eine Eintrags-ID</translation>
    </message>
    <message>
        <location filename="../lib/model/recordjson.cpp" line="199"/>
        <source>a list of records</source>
        <translation>eine Liste von Einträgen</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordListModel</name>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="26"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="28"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="31"/>
        <location filename="../lib/document/recordlistmodel.cpp" line="42"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="32"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="33"/>
        <location filename="../lib/document/recordlistmodel.cpp" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="35"/>
        <source>Said on</source>
        <translation>Gesagt am</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="39"/>
        <location filename="../lib/document/recordlistmodel.cpp" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="39"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="39"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="43"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="48"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordPicker</name>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="29"/>
        <source>Type a speaker’s name</source>
        <translation>Namen eines Sprechers eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="30"/>
        <source>Type an essay’s title</source>
        <translation>Titel eines Essays eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="31"/>
        <source>Type a category’s name</source>
        <translation>Namen einer Kategorie eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="32"/>
        <source>Type an asset’s title</source>
        <translation>Titel eines Mediums eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="34"/>
        <source>New speaker…</source>
        <translation>Neuer Sprecher…</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="34"/>
        <source>New essay…</source>
        <translation>Neuer Essay…</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="35"/>
        <source>Create a speaker with the name typed</source>
        <translation>Einen Sprecher mit dem eingegebenen Namen anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="36"/>
        <source>Create an essay with the title typed</source>
        <translation>Einen Essay mit dem eingegebenen Titel anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="59"/>
        <source>Could not read the names to choose from: %1 Reopen the library to try again.</source>
        <translation>Die Namen zur Auswahl konnten nicht gelesen werden: %1 Öffnen Sie die Bibliothek neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordType</name>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="61"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="63"/>
        <source>essay</source>
        <translation>Essay</translation>
    </message>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="65"/>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="67"/>
        <source>asset</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="69"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="71"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="73"/>
        <source>site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../lib/model/recordtype.cpp" line="75"/>
        <source>publication</source>
        <translation>Veröffentlichung</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RevisionStore</name>
    <message>
        <location filename="../lib/store/revisions.cpp" line="82"/>
        <source>The revision linked “%1” to %2 #%3, which no longer exists; that link was left out.</source>
        <translation>Die Version verknüpfte „%1“ mit einem Eintrag vom Typ %2 (#%3), den es nicht mehr gibt; diese Verknüpfung wurde weggelassen.</translation>
    </message>
    <message>
        <location filename="../lib/store/revisions.cpp" line="98"/>
        <source>Revision %1 cannot be restored: its %2 (id %3) no longer exists in this library.</source>
        <translation>Version %1 kann nicht wiederhergestellt werden: Ihr Eintrag vom Typ %2 (ID %3) existiert nicht mehr in dieser Bibliothek.</translation>
    </message>
    <message>
        <location filename="../lib/store/revisions.cpp" line="108"/>
        <source>Revision %1 cannot be restored because it is damaged: %2.</source>
        <translation>Version %1 kann nicht wiederhergestellt werden, weil sie beschädigt ist: %2.</translation>
    </message>
    <message>
        <location filename="../lib/store/revisions.cpp" line="119"/>
        <source>Revision %1 cannot be restored: %2</source>
        <translation>Version %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/store/revisions.cpp" line="166"/>
        <source>There is no revision %1 in this library. List the record’s revisions to see the ones that are kept.</source>
        <translation>In dieser Bibliothek gibt es keine Version %1. Lassen Sie sich die Versionen des Eintrags anzeigen, um die aufbewahrten zu sehen.</translation>
    </message>
    <message>
        <location filename="../lib/store/revisions.cpp" line="175"/>
        <source>Revision %1 is damaged and cannot be read.</source>
        <translation>Version %1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/store/revisions.cpp" line="204"/>
        <source>The %1 with id %2 no longer exists in this library, so there is nothing to compare its revisions with.</source>
        <translation>Der Eintrag vom Typ %1 mit der ID %2 existiert nicht mehr in dieser Bibliothek; es gibt also nichts, womit sich seine Versionen vergleichen ließen.</translation>
    </message>
    <message>
        <location filename="../lib/store/revisions.cpp" line="257"/>
        <source>Revisions %1 and %2 belong to different records and cannot be compared.</source>
        <translation>Die Versionen %1 und %2 gehören zu verschiedenen Einträgen und können nicht verglichen werden.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RevisionsPanel</name>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="51"/>
        <source>&amp;Restore This Revision…</source>
        <translation>Diese Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="53"/>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="61"/>
        <source>Revisions, newest first</source>
        <translation>Versionen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="62"/>
        <source>Press Enter to restore the chosen revision.</source>
        <translation>Drücken Sie die Eingabetaste, um die gewählte Version wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="67"/>
        <source>Current version</source>
        <translation>Aktuelle Fassung</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="68"/>
        <source>Previous revision</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="69"/>
        <source>Compare the chosen revision with</source>
        <translation>Die gewählte Version vergleichen mit</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="70"/>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="78"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="81"/>
        <source>Put this revision&apos;s content into the editor as one change you can undo.</source>
        <translation>Den Inhalt dieser Version als eine Änderung in den Editor übernehmen, die sich rückgängig machen lässt.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="137"/>
        <source>Only quotes, speakers and essays keep revisions.</source>
        <translation>Nur Zitate, Sprecher und Essays haben Versionen.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="141"/>
        <source>Choose a quote, speaker or essay to see its revisions.</source>
        <translation>Wählen Sie ein Zitat, einen Sprecher oder einen Essay, um die Versionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="157"/>
        <source>The revisions of this %1 could not be read: %2 Close and open the library again, then choose the record again.</source>
        <translation>Die Versionen dieses Eintrags (%1) konnten nicht gelesen werden: %2 Schließen und öffnen Sie die Bibliothek erneut und wählen Sie den Eintrag noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="164"/>
        <source>This %1 has no revisions yet. One is kept each time it is saved.</source>
        <translation>Dieser Eintrag (%1) hat noch keine Versionen. Bei jedem Speichern wird eine angelegt.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="174"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="175"/>
        <source>Revision %1 · %2
%3</source>
        <translation>Version %1 · %2
%3</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="180"/>
        <source>Revision %1, saved %2: %3</source>
        <translation>Version %1, gespeichert %2: %3</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="181"/>
        <source>The newest revision, saved %1</source>
        <translation>Die neueste Version, gespeichert %1</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="182"/>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="239"/>
        <source>Struck through: only in this revision. Underlined: in the current version.</source>
        <translation>Durchgestrichen: nur in dieser Version. Unterstrichen: in der aktuellen Fassung.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="240"/>
        <source>Struck through: before this save. Underlined: written by this save.</source>
        <translation>Durchgestrichen: vor diesem Speichern. Unterstrichen: mit diesem Speichern geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="243"/>
        <source>Choose a revision to see what changed.</source>
        <translation>Wählen Sie eine Version, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="252"/>
        <source>The revision cannot be compared: %1</source>
        <translation>Die Version kann nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="258"/>
        <source>This revision is the same as the current version.</source>
        <translation>Diese Version gleicht der aktuellen Fassung.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="259"/>
        <source>This save changed nothing.</source>
        <translation>Dieses Speichern hat nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="275"/>
        <location filename="../app/history/revisionspanel.cpp" line="296"/>
        <source>Restore Revision</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="276"/>
        <source>Put this %1 back as it was in revision %2, saved %3?</source>
        <translation>Diesen Eintrag (%1) auf Version %2 vom %3 zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="283"/>
        <source>The revision&apos;s content goes into the editor as one change, which Undo takes back. Nothing is saved until you save.</source>
        <translation>Der Inhalt der Version kommt als eine Änderung in den Editor, die „Rückgängig“ zurücknimmt. Gespeichert wird erst, wenn Sie speichern.</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="285"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/history/revisionspanel.cpp" line="297"/>
        <source>The revision cannot be restored: %1 Choose another revision, or refresh the list after saving.</source>
        <translation>Die Version kann nicht wiederhergestellt werden: %1 Wählen Sie eine andere Version oder laden Sie die Liste nach dem Speichern neu.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Search</name>
    <message>
        <location filename="../lib/store/sqlitesearch.cpp" line="255"/>
        <source>No library is open to search in.</source>
        <translation>Es ist keine Bibliothek geöffnet, in der gesucht werden kann.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SessionCredentialStore</name>
    <message>
        <location filename="../lib/publish/credentialstore.cpp" line="37"/>
        <source>memory, for this session only</source>
        <translation>dem Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="31"/>
        <source>Library file</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="35"/>
        <source>Autosave after idle seconds</source>
        <translation>Automatisch speichern nach Sekunden ohne Eingabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="38"/>
        <location filename="../app/gui/settingsdialog.cpp" line="56"/>
        <source>Editor font</source>
        <translation>Editor-Schrift</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="41"/>
        <source>Editor font size</source>
        <translation>Editor-Schriftgröße</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="42"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="43"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="44"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="46"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="48"/>
        <source>{speaker} is the speaker’s name, {role} the role at the time</source>
        <translation>{speaker} ist der Name des Sprechers, {role} die Rolle damals</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="49"/>
        <source>Title template</source>
        <translation>Titelvorlage</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="52"/>
        <source>&amp;Library file:</source>
        <translation>&amp;Bibliotheksdatei:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="53"/>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch speichern nach:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="54"/>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="57"/>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="58"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="59"/>
        <source>Title te&amp;mplate:</source>
        <translation>Titel&amp;vorlage:</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Sha256</name>
    <message>
        <location filename="../lib/assets/sha256.cpp" line="54"/>
        <source>Cannot read “%1”: %2. Check that you may read the file.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/assets/sha256.cpp" line="65"/>
        <source>Reading “%1” failed: %2.</source>
        <translation>Das Lesen von „%1“ ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SiteExport</name>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="41"/>
        <source>%1 is a file, not a folder. Choose a new or empty folder for the export.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie für den Export einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="51"/>
        <source>%1 already holds other files. Choose a new or empty folder, or one an earlier export wrote.</source>
        <translation>%1 enthält bereits andere Dateien. Wählen Sie einen neuen oder leeren Ordner oder einen, den ein früherer Export geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="63"/>
        <source>Could not move the finished export to %1. Check that you may write in %2.</source>
        <translation>Der fertige Export konnte nicht nach %1 verschoben werden. Prüfen Sie, ob Sie in %2 schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="70"/>
        <source>Could not replace the earlier export in %1. Check that you may write in %2 and that no program holds files open there.</source>
        <translation>Der frühere Export in %1 konnte nicht ersetzt werden. Prüfen Sie, ob Sie in %2 schreiben dürfen und ob kein Programm dort Dateien geöffnet hält.</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="77"/>
        <source>Could not move the finished export to %1. The earlier export was left in place.</source>
        <translation>Der fertige Export konnte nicht nach %1 verschoben werden. Der frühere Export blieb erhalten.</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="127"/>
        <source>Written by QuoteDesk&apos;s static export. Exporting again into this folder replaces all of it.
</source>
        <translation>Geschrieben vom statischen Export von QuoteDesk. Ein erneuter Export in diesen Ordner ersetzt seinen gesamten Inhalt.
</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="149"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="194"/>
        <source>The export was cancelled; %1 was left as it was.</source>
        <translation>Der Export wurde abgebrochen; %1 blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="203"/>
        <source>Could not create a folder in %1 to write the export to: %2. Check that you may write there.</source>
        <translation>In %1 konnte kein Ordner für den Export angelegt werden: %2. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="214"/>
        <source>Reading posts</source>
        <translation>Beiträge werden gelesen</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="229"/>
        <source>Replacing %1</source>
        <translation>%1 wird ersetzt</translation>
    </message>
    <message>
        <location filename="../lib/render/siteexport.cpp" line="242"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SitePlan</name>
    <message>
        <location filename="../lib/render/siteplan.cpp" line="118"/>
        <source>Could not read the %1 “%2”: %3</source>
        <translation>Der Eintrag „%2“ (%1) konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SiteVersion</name>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="159"/>
        <source>The %1 has blocks QuoteDesk does not write (%2); they were converted to Markdown as well as possible: check them.</source>
        <translation>Im Teil „%1“ stehen Blöcke, die QuoteDesk nicht schreibt (%2); sie wurden so gut wie möglich in Markdown umgewandelt: Prüfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="164"/>
        <source>The %1 has formatting Markdown cannot hold (%2); its text was kept, the formatting was not.</source>
        <translation>Im Teil „%1“ steht Formatierung, die Markdown nicht abbilden kann (%2); der Text wurde übernommen, die Formatierung nicht.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="186"/>
        <source>The speaker profile, the context essay and its sources are not changed; edit them in their own records.</source>
        <translation>Sprecherprofil, Kontext-Essay und dessen Quellen werden nicht geändert; bearbeiten Sie sie in ihren eigenen Einträgen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="206"/>
        <source>The quotation has several paragraphs on the site; they were joined into one.</source>
        <translation>Das Zitat hat auf der Website mehrere Absätze; sie wurden zu einem zusammengefügt.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="210"/>
        <source>The post on the site does not start with the quotation block; the quotation was not taken.</source>
        <translation>Der Beitrag auf der Website beginnt nicht mit dem Zitatblock; das Zitat wurde nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="222"/>
        <location filename="../lib/publish/siteversion.cpp" line="255"/>
        <source>The commentary could not be found in the post; it was not taken.</source>
        <translation>Der Kommentar wurde im Beitrag nicht gefunden und nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="228"/>
        <source>The context essay on the site differs from the one in the library, so where the commentary starts cannot be told; the commentary was not taken. Compare the two and copy what you need by hand.</source>
        <translation>Der Kontext-Essay auf der Website weicht von dem in der Bibliothek ab, daher ist nicht zu erkennen, wo der Kommentar beginnt; der Kommentar wurde nicht übernommen. Vergleichen Sie beide und kopieren Sie von Hand, was Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="245"/>
        <source>The speaker profile on the site differs from the one in the library, so where the commentary ends cannot be told; the commentary was not taken.</source>
        <translation>Das Sprecherprofil auf der Website weicht von dem in der Bibliothek ab, daher ist nicht zu erkennen, wo der Kommentar endet; der Kommentar wurde nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="250"/>
        <source>The speaker profile, sources or brochure differ on the site; those edits are not taken.</source>
        <translation>Sprecherprofil, Quellen oder Broschüre weichen auf der Website ab; diese Änderungen werden nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="260"/>
        <source>commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="273"/>
        <source>The text could not be found in the post; it was not taken.</source>
        <translation>Der Text wurde im Beitrag nicht gefunden und nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="283"/>
        <source>The featured image differs on the site; it is not changed here.</source>
        <translation>Das Beitragsbild weicht auf der Website ab; es wird hier nicht geändert.</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="295"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="298"/>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../lib/publish/siteversion.cpp" line="312"/>
        <source>Only the title and excerpt can be taken: the record could not be read (%1).</source>
        <translation>Nur Titel und Auszug können übernommen werden: Der Eintrag konnte nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Sites</name>
    <message>
        <location filename="../lib/publish/sites.cpp" line="37"/>
        <source>Give the site a name, for example the firm&apos;s name.</source>
        <translation>Geben Sie der Website einen Namen, zum Beispiel den Namen der Firma.</translation>
    </message>
    <message>
        <location filename="../lib/publish/sites.cpp" line="42"/>
        <source>There is already a site called “%1”. Choose another name, or remove that site first.</source>
        <translation>Es gibt bereits eine Website namens „%1“. Wählen Sie einen anderen Namen oder entfernen Sie zuerst diese Website.</translation>
    </message>
    <message>
        <location filename="../lib/publish/sites.cpp" line="47"/>
        <source>Enter the WordPress user name the Application Password belongs to.</source>
        <translation>Geben Sie den WordPress-Benutzernamen ein, zu dem das Anwendungspasswort gehört.</translation>
    </message>
    <message>
        <location filename="../lib/publish/sites.cpp" line="63"/>
        <source>There is no site called “%1”.</source>
        <translation>Es gibt keine Website namens „%1“.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SitesDialog</name>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="38"/>
        <source>&amp;Add Site</source>
        <translation>Website &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="39"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="40"/>
        <location filename="../app/publish/sitesdialog.cpp" line="229"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="41"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="45"/>
        <source>WordPress Sites</source>
        <translation>WordPress-Websites</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="59"/>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="61"/>
        <source>Site name</source>
        <translation>Name der Website</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="62"/>
        <source>The firm&apos;s website</source>
        <translation>Die Website der Firma</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="63"/>
        <source>Site address</source>
        <translation>Adresse der Website</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="64"/>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="65"/>
        <source>WordPress user name</source>
        <translation>WordPress-Benutzername</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="66"/>
        <source>Application Password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="69"/>
        <source>Form message</source>
        <translation>Formularmeldung</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="72"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="77"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="79"/>
        <source>Add a site</source>
        <translation>Eine Website hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="80"/>
        <source>Remove the selected site</source>
        <translation>Die gewählte Website entfernen</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="81"/>
        <source>Saves the form, then asks the site who the user is and what they may do.</source>
        <translation>Speichert das Formular und fragt dann die Website, wer der Benutzer ist und was er darf.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="89"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="90"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="91"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="92"/>
        <source>Application &amp;password:</source>
        <translation>Anwendungs&amp;passwort:</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="199"/>
        <location filename="../app/publish/sitesdialog.cpp" line="308"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="201"/>
        <location filename="../app/publish/sitesdialog.cpp" line="310"/>
        <source>Leave empty to keep the password; it is kept in %1.</source>
        <translation>Leer lassen, um das Passwort zu behalten; es wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="217"/>
        <source>From the user&apos;s WordPress profile</source>
        <translation>Aus dem WordPress-Profil des Benutzers</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="218"/>
        <source>Create one in WordPress under Users → Profile → Application Passwords.</source>
        <translation>Erstellen Sie eines in WordPress unter Benutzer → Profil → Anwendungspasswörter.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="229"/>
        <source>&amp;Save New Site</source>
        <translation>Neue Website &amp;speichern</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="271"/>
        <source>Enter the site&apos;s name and the WordPress user name the Application Password belongs to.</source>
        <translation>Geben Sie den Namen der Website und den WordPress-Benutzernamen ein, zu dem das Anwendungspasswort gehört.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="273"/>
        <source>There is already a site called “%1”. Choose another name.</source>
        <translation>Es gibt bereits eine Website namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="292"/>
        <source>Saving the password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="295"/>
        <source>Saved. The password is kept in %1.</source>
        <translation>Gespeichert. Das Passwort wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="297"/>
        <source>The site was saved, but its password could not be stored: %1</source>
        <translation>Die Website wurde gespeichert, aber ihr Passwort konnte nicht abgelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="301"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="323"/>
        <source>The site is not in the library any more.</source>
        <translation>Die Website ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="329"/>
        <source>Moved “%1” to the trash; its password was deleted.</source>
        <translation>„%1“ wurde in den Papierkorb verschoben; das zugehörige Passwort wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="338"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="356"/>
        <source>Connected as %1, who may publish posts.</source>
        <translation>Verbunden als %1; dieser Benutzer darf Beiträge veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/publish/sitesdialog.cpp" line="358"/>
        <source>Connected as %1, who may not publish posts: ask an administrator of the site for the Author or Editor role.</source>
        <translation>Verbunden als %1; dieser Benutzer darf keine Beiträge veröffentlichen. Bitten Sie einen Administrator der Website um die Rolle „Autor“ oder „Redakteur“.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Sql</name>
    <message>
        <location filename="../lib/store/sqlutil.cpp" line="17"/>
        <source>The library is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Die Bibliothek ist belegt: Ein anderes Programm schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SvgSanitizer</name>
    <message>
        <location filename="../lib/assets/svgsanitizer.cpp" line="107"/>
        <source>the root element is not &lt;svg&gt;</source>
        <translation>das Wurzelelement ist nicht &lt;svg&gt;</translation>
    </message>
    <message>
        <location filename="../lib/assets/svgsanitizer.cpp" line="143"/>
        <source>the SVG is not well-formed: %1 (line %2)</source>
        <translation>das SVG ist nicht wohlgeformt: %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../lib/assets/svgsanitizer.cpp" line="147"/>
        <source>the file has no &lt;svg&gt; element</source>
        <translation>die Datei hat kein &lt;svg&gt;-Element</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SyncState</name>
    <message>
        <location filename="../lib/publish/syncstate.cpp" line="55"/>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <location filename="../lib/publish/syncstate.cpp" line="57"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../lib/publish/syncstate.cpp" line="59"/>
        <source>changed here</source>
        <translation>hier geändert</translation>
    </message>
    <message>
        <location filename="../lib/publish/syncstate.cpp" line="61"/>
        <source>changed on the site</source>
        <translation>auf der Website geändert</translation>
    </message>
    <message>
        <location filename="../lib/publish/syncstate.cpp" line="63"/>
        <source>changed here and on the site</source>
        <translation>hier und auf der Website geändert</translation>
    </message>
    <message>
        <location filename="../lib/publish/syncstate.cpp" line="65"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::SyncStateView</name>
    <message>
        <location filename="../app/publish/syncstateview.cpp" line="89"/>
        <source>Not published on this site yet. Publish it with Ctrl+Shift+P.</source>
        <translation>Auf dieser Website noch nicht veröffentlicht. Veröffentlichen Sie mit Strg+Umschalt+P.</translation>
    </message>
    <message>
        <location filename="../app/publish/syncstateview.cpp" line="92"/>
        <source>The site shows what the library holds.</source>
        <translation>Die Website zeigt, was die Bibliothek enthält.</translation>
    </message>
    <message>
        <location filename="../app/publish/syncstateview.cpp" line="95"/>
        <source>Changed here since the last publish (the post, or a speaker, essay or file it shows). Publish again to update the site.</source>
        <translation>Seit der letzten Veröffentlichung hier geändert (der Beitrag oder ein Sprecher, Essay oder eine Datei, die er zeigt). Veröffentlichen Sie erneut, um die Website zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/publish/syncstateview.cpp" line="100"/>
        <source>Someone edited the post on the site since the last publish. Publishing shows both versions and lets you choose.</source>
        <translation>Jemand hat den Beitrag seit der letzten Veröffentlichung auf der Website bearbeitet. Beim Veröffentlichen werden beide Fassungen angezeigt, und Sie können wählen.</translation>
    </message>
    <message>
        <location filename="../app/publish/syncstateview.cpp" line="105"/>
        <source>Changed here and on the site. Publishing shows both versions and lets you choose which to keep.</source>
        <translation>Hier und auf der Website geändert. Beim Veröffentlichen werden beide Fassungen angezeigt, und Sie können wählen, welche Sie behalten.</translation>
    </message>
    <message>
        <location filename="../app/publish/syncstateview.cpp" line="110"/>
        <source>The last publish failed; the site was left as it was. Publish again to retry.</source>
        <translation>Die letzte Veröffentlichung ist fehlgeschlagen; die Website blieb unverändert. Veröffentlichen Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::TermsEdit</name>
    <message>
        <location filename="../app/gui/termsedit.cpp" line="47"/>
        <source>Categories, separated by commas</source>
        <translation>Kategorien, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/termsedit.cpp" line="48"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/termsedit.cpp" line="63"/>
        <source>Could not read the library’s categories: %1 Names typed here are not completed and may be added twice; reopen the library to try again.</source>
        <translation>Die Kategorien der Bibliothek konnten nicht gelesen werden: %1 Hier getippte Namen werden nicht ergänzt und könnten doppelt angelegt werden; öffnen Sie die Bibliothek neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/termsedit.cpp" line="66"/>
        <source>Could not read the library’s tags: %1 Names typed here are not completed and may be added twice; reopen the library to try again.</source>
        <translation>Die Schlagwörter der Bibliothek konnten nicht gelesen werden: %1 Hier getippte Namen werden nicht ergänzt und könnten doppelt angelegt werden; öffnen Sie die Bibliothek neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/termsedit.cpp" line="124"/>
        <source>Could not add “%1”: %2</source>
        <translation>„%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Thumbnailer</name>
    <message>
        <location filename="../lib/assets/thumbnailer.cpp" line="97"/>
        <source>the SVG cannot be drawn</source>
        <translation>das SVG kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../lib/assets/thumbnailer.cpp" line="120"/>
        <source>the PDF cannot be opened</source>
        <translation>das PDF kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../lib/assets/thumbnailer.cpp" line="129"/>
        <source>the SVG is too large</source>
        <translation>das SVG ist zu groß</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::TrashView</name>
    <message>
        <location filename="../app/gui/trashview.cpp" line="26"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="27"/>
        <source>&amp;Delete for Ever…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="28"/>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="31"/>
        <source>Records in the trash</source>
        <translation>Einträge im Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="32"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="32"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="98"/>
        <source>Delete for Ever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trashview.cpp" line="99"/>
        <source>Delete %n record(s) for ever? Their revisions go with them; this cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag endgültig löschen? Seine Versionen werden mitgelöscht; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Einträge endgültig löschen? Ihre Versionen werden mitgelöscht; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="114"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="115"/>
        <source>Delete every record in the trash for ever? This cannot be undone.</source>
        <translation>Alle Einträge im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Validation</name>
    <message>
        <location filename="../lib/model/validation.cpp" line="40"/>
        <source>the field “%1” has the unknown value “%2” (allowed: %3)</source>
        <translation>das Feld „%1“ hat den unbekannten Wert „%2“ (erlaubt: %3)</translation>
    </message>
    <message>
        <location filename="../lib/model/validation.cpp" line="58"/>
        <source>the field “%1” holds %2 characters, more than the limit of %3; split the text</source>
        <translation>das Feld „%1“ enthält %2 Zeichen, mehr als die Grenze von %3; teilen Sie den Text auf</translation>
    </message>
    <message>
        <location filename="../lib/model/validation.cpp" line="67"/>
        <source>the field “%1” contains a control character (U+%2), which text cannot hold</source>
        <translation>das Feld „%1“ enthält ein Steuerzeichen (U+%2), das in Text nicht vorkommen darf</translation>
    </message>
    <message>
        <location filename="../lib/model/validation.cpp" line="88"/>
        <source>the field “%1” is required</source>
        <translation>das Feld „%1“ muss ausgefüllt sein</translation>
    </message>
    <message>
        <location filename="../lib/model/validation.cpp" line="103"/>
        <source>This %1 cannot be saved: %2.</source>
        <translation>Dieser Eintrag (%1) kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <location filename="../lib/model/validation.cpp" line="104"/>
        <source>The %1 “%2” cannot be saved: %3.</source>
        <translation>Der Eintrag „%2“ (%1) kann nicht gespeichert werden: %3.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::WorkflowStatus</name>
    <message>
        <location filename="../lib/model/records.cpp" line="80"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="82"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="84"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="86"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../lib/model/records.cpp" line="88"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::WpClient</name>
    <message>
        <location filename="../lib/publish/wpclient.cpp" line="195"/>
        <source>Refused to send the password to %1 over plain http. Use the site&apos;s https address.</source>
        <translation>Das Passwort wird nicht über unverschlüsseltes http an %1 gesendet. Verwenden Sie die https-Adresse der Website.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wpclient.cpp" line="209"/>
        <source>Cannot read %1 to upload it: %2. Check that the media library is complete.</source>
        <translation>%1 kann zum Hochladen nicht gelesen werden: %2. Prüfen Sie, ob die Mediathek vollständig ist.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::WpError</name>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="34"/>
        <source>Cancelled; nothing more was sent to %1.</source>
        <translation>Abgebrochen; an %1 wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="41"/>
        <source>%1 did not answer in time. The site may be busy or down; try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Die Website ist möglicherweise überlastet oder nicht erreichbar; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="46"/>
        <source>%1 closed the connection before the transfer finished. Try again; if it keeps happening with large files, the server may limit the upload size.</source>
        <translation>%1 hat die Verbindung vor dem Ende der Übertragung geschlossen. Versuchen Sie es noch einmal; passiert das bei großen Dateien immer wieder, begrenzt der Server möglicherweise die Upload-Größe.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="52"/>
        <source>The secure connection to %1 failed: %2. QuoteDesk does not accept untrusted certificates (self-signed, expired or for another name); give the site a valid certificate.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. QuoteDesk akzeptiert keine nicht vertrauenswürdigen Zertifikate (selbst signiert, abgelaufen oder für einen anderen Namen); geben Sie der Website ein gültiges Zertifikat.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="60"/>
        <source>%1 redirected the request elsewhere (%2). Check the site address: use the address the site itself uses, with https.</source>
        <translation>%1 hat die Anfrage anderswohin umgeleitet (%2). Prüfen Sie die Adresse der Website: Verwenden Sie die Adresse, die die Website selbst verwendet, mit https.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="66"/>
        <source>Cannot reach %1: %2. Check the site address and the network connection.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse der Website und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="85"/>
        <source>no details given</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="92"/>
        <source>%1 refused the user name or Application Password. Check the user name, and create a new Application Password in wp-admin under Users → Profile (the login password does not work here).</source>
        <translation>%1 hat den Benutzernamen oder das Anwendungspasswort abgelehnt. Prüfen Sie den Benutzernamen und erstellen Sie in wp-admin unter Benutzer → Profil ein neues Anwendungspasswort (das Anmeldepasswort funktioniert hier nicht).</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="98"/>
        <source>The user may not do this on %1: %2. Ask the site&apos;s administrator for a role that allows it: publishing and uploading files needs Author or above, creating categories and tags needs Editor or above.</source>
        <translation>Der Benutzer darf das auf %1 nicht: %2. Bitten Sie den Administrator der Website um eine Rolle, die es erlaubt: Veröffentlichen und Hochladen von Dateien erfordert „Autor“ oder höher, das Anlegen von Kategorien und Schlagwörtern „Redakteur“ oder höher.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="105"/>
        <source>The post no longer exists on %1 (it was deleted there). Publish again to create it anew.</source>
        <translation>Der Beitrag existiert auf %1 nicht mehr (er wurde dort gelöscht). Veröffentlichen Sie erneut, um ihn neu anzulegen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="109"/>
        <source>%1 does not offer this part of the WordPress REST API. Check the site address, and that the REST API is not switched off by a plugin.</source>
        <translation>%1 bietet diesen Teil der WordPress-REST-API nicht an. Prüfen Sie die Adresse der Website und ob die REST-API nicht durch ein Plugin abgeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="113"/>
        <source>%1 could not find the item: %2.</source>
        <translation>%1 konnte das Element nicht finden: %2.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="116"/>
        <source>%1 had a server error (HTTP %2): %3. Try again later, or ask the site&apos;s administrator to look at the server log.</source>
        <translation>Auf %1 ist ein Serverfehler aufgetreten (HTTP %2): %3. Versuchen Sie es später noch einmal oder bitten Sie den Administrator der Website, das Serverprotokoll anzusehen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="123"/>
        <source>%1 refused the request (HTTP %2): %3.</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2): %3.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="177"/>
        <source>No answer came from %1. Check the site address and the network connection.</source>
        <translation>Von %1 kam keine Antwort. Prüfen Sie die Adresse der Website und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="198"/>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="199"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../lib/publish/wperror.cpp" line="201"/>
        <source>%1 sent an answer that is not valid JSON (%2). It may have been cut off, or a plugin or the server prints errors into it; try again, and check the site if it keeps happening.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges JSON ist (%2). Sie wurde möglicherweise abgeschnitten, oder ein Plugin oder der Server schreibt Fehlermeldungen hinein; versuchen Sie es noch einmal und prüfen Sie die Website, wenn es wieder vorkommt.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::WpPayload</name>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="79"/>
        <source>The post has no title. Give it one before publishing.</source>
        <translation>Der Beitrag hat keinen Titel. Geben Sie ihm vor dem Veröffentlichen einen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="83"/>
        <source>The slug “%1” is not usable in a web address. Use lower-case letters, digits and dashes, like quote-jensen-huang-ceo.</source>
        <translation>Der Slug „%1“ ist in einer Webadresse nicht verwendbar. Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, etwa quote-jensen-huang-ceo.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="89"/>
        <source>The post has no content to publish.</source>
        <translation>Der Beitrag hat keinen Inhalt zum Veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="95"/>
        <source>The file of “%1” is missing from the media library (%2). Import it again before publishing.</source>
        <translation>Die Datei von „%1“ fehlt in der Mediathek (%2). Importieren Sie sie vor dem Veröffentlichen erneut.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="101"/>
        <source>The file “%1” has no content hash; import it again.</source>
        <translation>Die Datei „%1“ hat keine Prüfsumme ihres Inhalts; importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="108"/>
        <source>The featured image is not among the post&apos;s files.</source>
        <translation>Das Beitragsbild ist nicht unter den Dateien des Beitrags.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="112"/>
        <source>The featured file “%1” is not an image (%2); WordPress would silently drop it. Choose an image as the featured image.</source>
        <translation>Die als Beitragsbild gewählte Datei „%1“ ist kein Bild (%2); WordPress würde sie stillschweigend verwerfen. Wählen Sie ein Bild als Beitragsbild.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="120"/>
        <source>A scheduled post needs a date at least a minute from now; WordPress publishes posts with an earlier date at once.</source>
        <translation>Ein geplanter Beitrag braucht ein Datum mindestens eine Minute in der Zukunft; WordPress veröffentlicht Beiträge mit einem früheren Datum sofort.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="175"/>
        <source>The site did not keep the featured image (media %1); it may not be an image or may have been deleted there.</source>
        <translation>Die Website hat das Beitragsbild (Medium %1) nicht übernommen; es ist möglicherweise kein Bild oder wurde dort gelöscht.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="182"/>
        <source>The site dropped the term %1 from “%2”; it may have been deleted there.</source>
        <translation>Die Website hat den Begriff %1 aus „%2“ entfernt; er wurde dort möglicherweise gelöscht.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wppayload.cpp" line="190"/>
        <source>The site set the status to “%1” instead of “%2”; the user may lack the right to publish.</source>
        <translation>Die Website hat den Status auf „%1“ statt „%2“ gesetzt; dem Benutzer fehlt möglicherweise das Recht zu veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::WpSite</name>
    <message>
        <location filename="../lib/publish/wpsite.cpp" line="47"/>
        <source>No WordPress REST API answered at this address. Check that it is the site&apos;s home address and that no plugin switches the REST API off.</source>
        <translation>Unter dieser Adresse hat keine WordPress-REST-API geantwortet. Prüfen Sie, ob es die Startadresse der Website ist und ob kein Plugin die REST-API abschaltet.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wpsite.cpp" line="73"/>
        <source>The site&apos;s answer about the user has no user id.</source>
        <translation>Die Antwort der Website zum Benutzer enthält keine Benutzer-ID.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wpsite.cpp" line="104"/>
        <source>The site announces its REST API at %1, over plain http. Set the site&apos;s address to https in WordPress (Settings → General).</source>
        <translation>Die Website gibt ihre REST-API unter %1 an, über unverschlüsseltes http. Stellen Sie die Adresse der Website in WordPress auf https um (Einstellungen → Allgemein).</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::WpUrl</name>
    <message>
        <location filename="../lib/publish/wpurl.cpp" line="41"/>
        <source>Enter the address of the WordPress site, for example https://example.com.</source>
        <translation>Geben Sie die Adresse der WordPress-Website ein, zum Beispiel https://example.com.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wpurl.cpp" line="46"/>
        <source>“%1” is not a web address. Enter it like https://example.com.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie sie wie https://example.com ein.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wpurl.cpp" line="51"/>
        <source>“%1” is not a web address (it starts with %2:). Enter it like https://example.com.</source>
        <translation>„%1“ ist keine Webadresse (sie beginnt mit %2:). Geben Sie sie wie https://example.com ein.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wpurl.cpp" line="56"/>
        <source>Enter the site address without a user name, password, query or #part: only like https://example.com or https://example.com/blog.</source>
        <translation>Geben Sie die Adresse der Website ohne Benutzernamen, Passwort, Abfrage oder #Teil ein, nur wie https://example.com oder https://example.com/blog.</translation>
    </message>
    <message>
        <location filename="../lib/publish/wpurl.cpp" line="61"/>
        <source>%1 uses plain http, which would send the password unencrypted. Use the site&apos;s https address (plain http is only accepted for this computer: localhost).</source>
        <translation>%1 verwendet unverschlüsseltes http, womit das Passwort unverschlüsselt gesendet würde. Verwenden Sie die https-Adresse der Website (unverschlüsseltes http wird nur für diesen Computer akzeptiert: localhost).</translation>
    </message>
</context>
</TS>
