<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QuoteDesk::AssetDetailsPane</name>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="41"/>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="42"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="43"/>
        <source>Replace File…</source>
        <translation>Datei ersetzen…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="57"/>
        <source>Describe the picture for readers who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="69"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="70"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="71"/>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativtext:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="72"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="81"/>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="130"/>
        <source>Select an asset to see its details.</source>
        <translation>Wählen Sie ein Medium, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/assets/assetdetailspane.cpp" line="138"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="140"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="150"/>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetdetailspane.cpp" line="162"/>
        <source>Not used yet</source>
        <translation>Noch nicht verwendet</translation>
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
        <location filename="../app/assets/assetpanel.cpp" line="39"/>
        <source>Media (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.svg);;All files (*)</source>
        <translation>Medien (*.pdf *.png *.jpg *.jpeg *.webp *.gif *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="46"/>
        <source>Import Media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="49"/>
        <source>Import a Folder of Media</source>
        <translation>Einen Ordner mit Medien importieren</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="52"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="55"/>
        <source>Replace the File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="58"/>
        <source>Media Library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="87"/>
        <source>Search titles, names, descriptions, alt text</source>
        <translation>Titel, Namen, Beschreibungen und Alternativtexte durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="90"/>
        <source>Import Files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="92"/>
        <source>Import Folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="192"/>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="212"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="228"/>
        <source>Cannot save a copy of “%1” as “%2”: %3.</source>
        <translation>Eine Kopie von „%1“ konnte nicht als „%2“ gespeichert werden: %3.</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="231"/>
        <source>Saved a copy as “%1”.</source>
        <translation>Kopie als „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/assets/assetpanel.cpp" line="287"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Importiere %1 von %2: %3</translation>
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
        <location filename="../app/publish/conflictdialog.cpp" line="59"/>
        <source>The Post Changed on the Site</source>
        <translation>Der Beitrag wurde auf der Website geändert</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="61"/>
        <source>Someone edited this post on the site since it was last published from here, so nothing was sent. Compare the two versions and choose which one to keep.</source>
        <translation>Jemand hat diesen Beitrag auf der Website bearbeitet, seit er zuletzt von hier veröffentlicht wurde; daher wurde nichts gesendet. Vergleichen Sie die beiden Fassungen und wählen Sie, welche Sie behalten möchten.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="65"/>
        <source>Struck through: only on the site. Underlined: only here.</source>
        <translation>Durchgestrichen: nur auf der Website. Unterstrichen: nur hier.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="69"/>
        <source>Differences between the site and this library</source>
        <translation>Unterschiede zwischen der Website und dieser Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="73"/>
        <source>&amp;Overwrite the Site</source>
        <translation>Website &amp;überschreiben</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="74"/>
        <source>Publish the version in this library over the site&apos;s edits.</source>
        <translation>Die Fassung aus dieser Bibliothek über die Änderungen auf der Website veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="75"/>
        <source>&amp;Take the Site&apos;s Version</source>
        <translation>&amp;Fassung der Website übernehmen</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="77"/>
        <source>Put the site&apos;s title, excerpt and text into this record; the site keeps its edits.</source>
        <translation>Titel, Auszug und Text der Website in diesen Eintrag übernehmen; die Website behält ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="79"/>
        <source>Change nothing, here or on the site.</source>
        <translation>Nichts ändern, weder hier noch auf der Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="123"/>
        <source>The site&apos;s version (edited %1) against the one in this library.</source>
        <translation>Die Fassung der Website (bearbeitet %1) im Vergleich zu der in dieser Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="125"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="126"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../app/publish/conflictdialog.cpp" line="127"/>
        <source>Text</source>
        <translation>Text</translation>
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
    <name>QuoteDesk::FieldNames</name>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="19"/>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="20"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="21"/>
        <source>Role at the time</source>
        <translation>Rolle damals</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="22"/>
        <source>Said on</source>
        <translation>Gesagt am</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="23"/>
        <source>Where said</source>
        <translation>Wo gesagt</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="24"/>
        <source>Where said (link)</source>
        <translation>Wo gesagt (Link)</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="25"/>
        <source>Context essay</source>
        <translation>Kontext-Essay</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="26"/>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="27"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="28"/>
        <source>Title typed in</source>
        <translation>Eingegebener Titel</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="29"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="30"/>
        <source>Slug typed in</source>
        <translation>Eingegebener Slug</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="31"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="32"/>
        <source>Featured image</source>
        <translation>Beitragsbild</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="33"/>
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="35"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="36"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="38"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="39"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="40"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="41"/>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="42"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="43"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="44"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="45"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/common/fieldnames.cpp" line="46"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::Main</name>
    <message>
        <location filename="../app/main.cpp" line="106"/>
        <source>Edit quote posts, speakers and essays in a QuoteDesk library.</source>
        <translation>Zitatbeiträge, Sprecher und Essays in einer QuoteDesk-Bibliothek bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="110"/>
        <source>Open the library FILE (created when missing).</source>
        <translation>Die Bibliothek DATEI öffnen (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="110"/>
        <location filename="../app/main.cpp" line="115"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="112"/>
        <source>Open the demo library, filling it with sample posts first.</source>
        <translation>Die Demo-Bibliothek öffnen und sie zuerst mit Beispielbeiträgen füllen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Open the first quote, save a picture of the window to FILE and quit.</source>
        <translation>Das erste Zitat öffnen, ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="135"/>
        <location filename="../app/main.cpp" line="144"/>
        <source>QuoteDesk</source>
        <translation>QuoteDesk</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="136"/>
        <source>Could not open the library “%1”: %2

Choose another file with --library.</source>
        <translation>Die Bibliothek „%1“ konnte nicht geöffnet werden: %2

Wählen Sie mit --library eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="145"/>
        <source>Could not fill the demo library: %1</source>
        <translation>Die Demo-Bibliothek konnte nicht gefüllt werden: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>QuoteDesk — %1</source>
        <translation>QuoteDesk — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="143"/>
        <source>QuoteDesk</source>
        <translation>QuoteDesk</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="147"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="148"/>
        <source>These records have unsaved changes:
%1

Save them before closing?</source>
        <translation>Diese Einträge haben ungespeicherte Änderungen:
%1

Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="152"/>
        <location filename="../app/gui/mainwindow.cpp" line="1127"/>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="153"/>
        <source>QuoteDesk ended without saving these records:
%1

Restore the unsaved changes? Restored records open with the changes unsaved; save them to keep them.</source>
        <translation>QuoteDesk wurde beendet, ohne diese Einträge zu speichern:
%1

Die ungespeicherten Änderungen wiederherstellen? Wiederhergestellte Einträge öffnen sich mit ungespeicherten Änderungen; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="159"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="175"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <source>Open records</source>
        <translation>Geöffnete Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="184"/>
        <source>Open a record from the list, or create one with File ▸ New.</source>
        <translation>Öffnen Sie einen Eintrag aus der Liste oder legen Sie mit Datei ▸ Neu einen an.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="221"/>
        <source>This library is open read-only: %1 Changes cannot be saved; open a copy you can write to.</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet: %1 Änderungen können nicht gespeichert werden; öffnen Sie eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="234"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="275"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="283"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="285"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="286"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="287"/>
        <source>Essays</source>
        <translation>Essays</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="288"/>
        <source>Assets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="289"/>
        <source>Categories &amp; tags</source>
        <translation>Kategorien &amp; Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="290"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="291"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="292"/>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="294"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="295"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="296"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="297"/>
        <source>Needs update</source>
        <translation>Aktualisierung nötig</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="298"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="309"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="310"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="315"/>
        <source>Filter by speaker</source>
        <translation>Nach Sprecher filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="318"/>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="326"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="358"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="369"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="370"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="371"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="375"/>
        <source>New &amp;Quote</source>
        <translation>Neues &amp;Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="379"/>
        <source>New &amp;Speaker</source>
        <translation>Neuer &amp;Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="381"/>
        <source>New &amp;Essay</source>
        <translation>Neuer &amp;Essay</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="384"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="387"/>
        <source>&amp;Close Record</source>
        <translation>Eintrag s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="390"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="398"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="401"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="404"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="407"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="413"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="415"/>
        <source>&amp;Open Record…</source>
        <translation>Eintrag ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="425"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="426"/>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="510"/>
        <source>Any speaker</source>
        <translation>Jeder Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="514"/>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="558"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="616"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="656"/>
        <location filename="../app/gui/mainwindow.cpp" line="1050"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="685"/>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="753"/>
        <source>“%1” is still used by:
%2

Change or delete these first.</source>
        <translation>„%1“ wird noch verwendet von:
%2

Ändern oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="767"/>
        <source>Moved to the trash.</source>
        <translation>In den Papierkorb verschoben.</translation>
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
        <location filename="../app/gui/mainwindowpublishing.cpp" line="67"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="88"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="92"/>
        <source>&amp;Open on Site</source>
        <translation>Auf der Website ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="94"/>
        <source>Open the published post in the web browser.</source>
        <translation>Den veröffentlichten Beitrag im Webbrowser öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="95"/>
        <source>&amp;Unpublish…</source>
        <translation>Veröffentlichung &amp;zurückziehen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="97"/>
        <source>Move the post to the site&apos;s trash.</source>
        <translation>Den Beitrag in den Papierkorb der Website verschieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="99"/>
        <source>&amp;Check the Site for Changes</source>
        <translation>Website auf Änderungen &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="102"/>
        <source>Ask the site which published posts were edited there.</source>
        <translation>Die Website fragen, welche veröffentlichten Beiträge dort bearbeitet wurden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="105"/>
        <source>Show Publishing &amp;Panel</source>
        <translation>&amp;Veröffentlichungsleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="107"/>
        <source>&amp;Sites…</source>
        <translation>&amp;Websites…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="155"/>
        <source>Checked %1 for changes.</source>
        <translation>%1 auf Änderungen geprüft.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="170"/>
        <source>Could not unpublish the post: %1</source>
        <translation>Die Veröffentlichung konnte nicht zurückgezogen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="173"/>
        <source>Moved the post to the site&apos;s trash.</source>
        <translation>Der Beitrag wurde in den Papierkorb der Website verschoben.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="195"/>
        <source>Choose a site in the publishing panel first.</source>
        <translation>Wählen Sie zuerst im Veröffentlichungsbereich eine Website.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="203"/>
        <source>Could not read which posts are published to %1: %2. Check the library file.</source>
        <translation>Konnte nicht lesen, welche Beiträge auf %1 veröffentlicht sind: %2. Prüfen Sie die Bibliotheksdatei.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="209"/>
        <source>Nothing of this library is published to %1 yet.</source>
        <translation>Aus dieser Bibliothek ist noch nichts auf %1 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="216"/>
        <source>Checking %1 for changes…</source>
        <translation>%1 wird auf Änderungen geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="266"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="307"/>
        <source>Could not open %1: no web browser answered. Copy the address into one.</source>
        <translation>%1 konnte nicht geöffnet werden: Kein Webbrowser hat geantwortet. Kopieren Sie die Adresse in einen Browser.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="318"/>
        <source>Unpublish</source>
        <translation>Veröffentlichung zurückziehen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="319"/>
        <source>Move “%1” to the trash of %2? The record stays in the library and can be published again.</source>
        <translation>„%1“ in den Papierkorb von %2 verschieben? Der Eintrag bleibt in der Bibliothek und kann erneut veröffentlicht werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="333"/>
        <source>Take the Site&apos;s Version</source>
        <translation>Fassung der Website übernehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowpublishing.cpp" line="341"/>
        <source>Took the site&apos;s version of “%1”; save to keep it.</source>
        <translation>Die Fassung der Website von „%1“ wurde übernommen; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="857"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="897"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="906"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="908"/>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="921"/>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="965"/>
        <source>A speaker has no page of its own. Open one of the speaker&apos;s quotes instead.</source>
        <translation>Ein Sprecher hat keine eigene Seite. Öffnen Sie stattdessen eines seiner Zitate.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="967"/>
        <source>Could not open “%1” in a browser: %2</source>
        <translation>„%1“ konnte nicht im Browser geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="977"/>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="983"/>
        <source>&amp;Revisions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="998"/>
        <source>Could not restore the revision of “%1”: %2 The record is unchanged.</source>
        <translation>Die Version von „%1“ konnte nicht wiederhergestellt werden: %2 Der Eintrag ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1002"/>
        <source>Restore Revision</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1003"/>
        <source>Revision restored; save to keep it, or undo to go back.</source>
        <translation>Version wiederhergestellt; speichern Sie, um sie zu behalten, oder machen Sie es rückgängig.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1059"/>
        <source>Could not keep a copy of the unsaved changes of “%1”: %2 Save the record to keep them.</source>
        <translation>Von den ungespeicherten Änderungen an „%1“ konnte keine Kopie angelegt werden: %2 Speichern Sie den Eintrag, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1078"/>
        <source>Could not remove the copy of unsaved changes: %1</source>
        <translation>Die Kopie der ungespeicherten Änderungen konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1094"/>
        <source>• %1 (changed %2)</source>
        <translation>• %1 (geändert %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="1123"/>
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
    <name>QuoteDesk::PreviewPane</name>
    <message>
        <location filename="../app/editor/previewpane.cpp" line="53"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/editor/previewpane.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser answered. Copy the address into one.</source>
        <translation type="vanished">%1 konnte nicht geöffnet werden: Kein Webbrowser hat geantwortet. Kopieren Sie die Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="vanished">Veröffentlichung zurückziehen</translation>
    </message>
    <message>
        <source>Move “%1” to the trash of %2? The record stays in the library and can be published again.</source>
        <translation type="vanished">„%1“ in den Papierkorb von %2 verschieben? Der Eintrag bleibt in der Bibliothek und kann erneut veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Take the Site&apos;s Version</source>
        <translation type="vanished">Fassung der Website übernehmen</translation>
    </message>
    <message>
        <location filename="../app/editor/previewpane.cpp" line="173"/>
        <source>The preview cannot be shown: %1</source>
        <translation>Die Vorschau kann nicht angezeigt werden: %1</translation>
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
        <location filename="../app/publish/publishpanel.cpp" line="308"/>
        <source>Could not take the site&apos;s version: %1</source>
        <translation>Die Fassung der Website konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/publishpanel.cpp" line="311"/>
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
    <name>QuoteDesk::QuickOpenDialog</name>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="22"/>
        <source>Open Record</source>
        <translation>Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="24"/>
        <source>Title or name</source>
        <translation>Titel oder Name</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="25"/>
        <source>Title or name to open</source>
        <translation>Zu öffnender Titel oder Name</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="27"/>
        <source>Matching records</source>
        <translation>Passende Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/quickopendialog.cpp" line="55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordDocument</name>
    <message>
        <location filename="../lib/document/recorddocument.cpp" line="31"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../lib/document/recorddocument.cpp" line="95"/>
        <source>A %1 cannot be opened in an editor. Open a quote, speaker or essay instead.</source>
        <translation>Ein Eintrag vom Typ %1 kann nicht im Editor geöffnet werden. Öffnen Sie stattdessen ein Zitat, einen Sprecher oder einen Essay.</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordEditor</name>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="79"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="80"/>
        <source>S&amp;peaker</source>
        <translation>S&amp;precher</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="81"/>
        <source>&amp;Role at the time</source>
        <translation>&amp;Rolle damals</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="82"/>
        <source>Said &amp;on</source>
        <translation>Gesagt &amp;am</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="83"/>
        <source>&amp;Where</source>
        <translation>&amp;Wo</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="84"/>
        <source>Where (&amp;link)</source>
        <translation>Wo (&amp;Link)</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="85"/>
        <source>Context &amp;essay</source>
        <translation>Kontext-&amp;Essay</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="86"/>
        <source>&amp;Commentary</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="87"/>
        <location filename="../app/gui/recordeditor.cpp" line="116"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="88"/>
        <source>Title follows the template</source>
        <translation>Titel folgt der Vorlage</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="89"/>
        <location filename="../app/gui/recordeditor.cpp" line="127"/>
        <source>Sl&amp;ug</source>
        <translation>Sl&amp;ug</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="90"/>
        <source>Slug follows the title</source>
        <translation>Slug folgt dem Titel</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="91"/>
        <location filename="../app/gui/recordeditor.cpp" line="128"/>
        <source>E&amp;xcerpt</source>
        <translation>&amp;Auszug</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="92"/>
        <location filename="../app/gui/recordeditor.cpp" line="129"/>
        <source>&amp;Featured asset</source>
        <translation>&amp;Beitragsbild</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="93"/>
        <source>&amp;Brochure</source>
        <translation>Bros&amp;chüre</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="97"/>
        <location filename="../app/gui/recordeditor.cpp" line="124"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="98"/>
        <location filename="../app/gui/recordeditor.cpp" line="130"/>
        <source>C&amp;ategories</source>
        <translation>Kat&amp;egorien</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="99"/>
        <location filename="../app/gui/recordeditor.cpp" line="131"/>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="104"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="105"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="106"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="107"/>
        <source>&amp;Headline</source>
        <translation>Ü&amp;berschrift</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="108"/>
        <source>&amp;Biography</source>
        <translation>&amp;Biografie</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="109"/>
        <source>&amp;Portrait</source>
        <translation>&amp;Porträt</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="110"/>
        <source>&amp;Links (one per line)</source>
        <translation>&amp;Links (einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="120"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="125"/>
        <source>&amp;Body</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="126"/>
        <source>S&amp;ources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="225"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="235"/>
        <source>“%1” is not a date. Type it as year-month-day, e.g. 2024-05-21.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es als Jahr-Monat-Tag ein, z. B. 2024-05-21.</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="307"/>
        <source>&amp;Used by</source>
        <translation>&amp;Verwendet von</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="308"/>
        <source>Quotes that use this record; press Enter or double-click to open one</source>
        <translation>Zitate, die diesen Eintrag verwenden; zum Öffnen Eingabe drücken oder doppelklicken</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="325"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/recordeditor.cpp" line="350"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordListModel</name>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="28"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="31"/>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="38"/>
        <location filename="../lib/document/recordlistmodel.cpp" line="50"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="39"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="40"/>
        <location filename="../lib/document/recordlistmodel.cpp" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="42"/>
        <source>Said on</source>
        <translation>Gesagt am</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="45"/>
        <location filename="../lib/document/recordlistmodel.cpp" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="46"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="47"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="51"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../lib/document/recordlistmodel.cpp" line="56"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::RecordPicker</name>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="31"/>
        <source>Type a speaker’s name</source>
        <translation>Namen eines Sprechers eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="32"/>
        <source>Type an essay’s title</source>
        <translation>Titel eines Essays eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="33"/>
        <source>Type an asset’s title</source>
        <translation>Titel eines Mediums eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="35"/>
        <source>New speaker…</source>
        <translation>Neuer Sprecher…</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="35"/>
        <source>New essay…</source>
        <translation>Neuer Essay…</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="36"/>
        <source>Create a speaker with the name typed</source>
        <translation>Einen Sprecher mit dem eingegebenen Namen anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="37"/>
        <source>Create an essay with the title typed</source>
        <translation>Einen Essay mit dem eingegebenen Titel anlegen</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="102"/>
        <source>New speaker</source>
        <translation>Neuer Sprecher</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="104"/>
        <source>Could not create the speaker: %1</source>
        <translation>Der Sprecher konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="110"/>
        <source>New essay</source>
        <translation>Neuer Essay</translation>
    </message>
    <message>
        <location filename="../app/gui/recordpicker.cpp" line="112"/>
        <source>Could not create the essay: %1</source>
        <translation>Der Essay konnte nicht angelegt werden: %1</translation>
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
        <location filename="../app/gui/settingsdialog.cpp" line="55"/>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="56"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="57"/>
        <source>Title te&amp;mplate:</source>
        <translation>Titel&amp;vorlage:</translation>
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
        <location filename="../app/gui/termsedit.cpp" line="48"/>
        <source>Categories, separated by commas</source>
        <translation>Kategorien, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/termsedit.cpp" line="49"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/termsedit.cpp" line="113"/>
        <source>Could not add “%1”: %2</source>
        <translation>„%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>QuoteDesk::TrashView</name>
    <message>
        <location filename="../app/gui/trashview.cpp" line="25"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="26"/>
        <source>&amp;Delete for Ever…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="27"/>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="30"/>
        <source>Records in the trash</source>
        <translation>Einträge im Papierkorb</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="31"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="31"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="92"/>
        <source>Delete for Ever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/trashview.cpp" line="93"/>
        <source>Delete %n record(s) for ever? Their revisions go with them; this cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag endgültig löschen? Seine Versionen werden mitgelöscht; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Einträge endgültig löschen? Ihre Versionen werden mitgelöscht; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="110"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/trashview.cpp" line="111"/>
        <source>Delete every record in the trash for ever? This cannot be undone.</source>
        <translation>Alle Einträge im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
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
</TS>
