<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AbsenceForm</name>
    <message>
        <location filename="../../ui/absence.ui" line="15"/>
        <source>Staff member: *</source>
        <translation>Medewerker: *</translation>
    </message>
    <message>
        <location filename="../../ui/absence.ui" line="25"/>
        <source>Sick from: *</source>
        <translation>Ziek vanaf: *</translation>
    </message>
    <message>
        <location filename="../../ui/absence.ui" line="35"/>
        <source>Recovered on:</source>
        <translation>Hersteld op:</translation>
    </message>
    <message>
        <location filename="../../ui/absence.ui" line="41"/>
        <source>Leave empty while the staff member is still ill</source>
        <translation>Leeg laten zolang de medewerker nog ziek is</translation>
    </message>
    <message>
        <location filename="../../ui/absence.ui" line="46"/>
        <source>Only the dates are recorded. Health information such as a cause or diagnosis is not recorded here (GDPR/AVG).</source>
        <translation>Alleen de data worden vastgelegd. Gezondheidsinformatie zoals een oorzaak of diagnose wordt hier niet vastgelegd (AVG).</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="38"/>
        <source>The year plan whose activities are shown</source>
        <translation>Het jaarplan waarvan de activiteiten worden getoond</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="40"/>
        <source>&amp;Year plan:</source>
        <translation>Jaar&amp;plan:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="56"/>
        <source>Add &amp;meeting...</source>
        <translation>Bijeenkomst toe&amp;voegen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="57"/>
        <source>Record a meeting or event that counts toward the selected activity</source>
        <translation>Een bijeenkomst vastleggen die meetelt voor de gekozen activiteit</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="63"/>
        <source>Edit &amp;year plan...</source>
        <translation>&amp;Jaarplan wijzigen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="64"/>
        <source>Change the chosen year plan: adoption, introduction, vision</source>
        <translation>Het gekozen jaarplan wijzigen: vaststelling, inleiding, visie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="194"/>
        <source>First half-year</source>
        <translation>Eerste halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="195"/>
        <source>Second half-year</source>
        <translation>Tweede halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="265"/>
        <source>Nothing reported yet.</source>
        <translation>Nog niets gerapporteerd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="267"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="75"/>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="101"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="187"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="189"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="190"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="192"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisaties</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="268"/>
        <source>No progress recorded.</source>
        <translation>Geen voortgang vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="196"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="208"/>
        <source>change</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="210"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="212"/>
        <source>None recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="60"/>
        <source>A&amp;ttendance...</source>
        <translation>Aan&amp;wezigheid...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="61"/>
        <source>Record which member municipalities were present at the selected meeting</source>
        <translation>Vastleggen welke gemeenten bij de gekozen bijeenkomst aanwezig waren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="70"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activiteiten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="70"/>
        <source>M&amp;eetings</source>
        <translation>Bij&amp;eenkomsten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="205"/>
        <source>In the year plan: &apos;%1&apos;</source>
        <translation>In het jaarplan: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="209"/>
        <source>attendance</source>
        <translation>aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="215"/>
        <source>Attendance (meetings with attendance recorded: %1)</source>
        <translation>Aanwezigheid (bijeenkomsten met vastgelegde aanwezigheid: %1)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="216"/>
        <source>%1: present at %2 of %3</source>
        <translation>%1: aanwezig bij %2 van %3</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="232"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="233"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="234"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="235"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="238"/>
        <source>The date has passed: record whether the meeting was held or cancelled.</source>
        <translation>De datum is voorbij: leg vast of de bijeenkomst is gehouden of geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="240"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="243"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="245"/>
        <source>No attendance recorded yet</source>
        <translation>Nog geen aanwezigheid vastgelegd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="246"/>
        <source>record</source>
        <translation>vastleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="248"/>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="248"/>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="249"/>
        <source>excused</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/activities_tab.py" line="257"/>
        <source>Not recorded: %1</source>
        <translation>Niet vastgelegd: %1</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/activity.ui" line="15"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="21"/>
        <source>Year plan: *</source>
        <translation>Jaarplan: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="31"/>
        <source>Order:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="37"/>
        <source>Where the activity appears in the year plan</source>
        <translation>Waar de activiteit in het jaarplan staat</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="44"/>
        <source>Owner: *</source>
        <translation>Eigenaar: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="50"/>
        <source>The body that owns the activity</source>
        <translation>Het orgaan dat eigenaar is van de activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="55"/>
        <source>Portfolio:</source>
        <translation>Portefeuille:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="65"/>
        <source>Consultation:</source>
        <translation>Portefeuillehouderoverleg:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="71"/>
        <source>The portfolio holders&apos; consultation that owns the activity</source>
        <translation>Het portefeuillehouderoverleg dat eigenaar is van de activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="76"/>
        <source>Title: *</source>
        <translation>Titel: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="86"/>
        <source>Goal: *</source>
        <translation>Doel: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="99"/>
        <source>Results to achieve:</source>
        <translation>Te bereiken resultaten:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="105"/>
        <location filename="../../ui/activity.ui" line="106"/>
        <source>One result per line</source>
        <translation>Eén resultaat per regel</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="150"/>
        <source>Partner organisations:</source>
        <translation>Partnerorganisaties:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="163"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="169"/>
        <source>Status first half-year: *</source>
        <translation>Status eerste halfjaar: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="179"/>
        <source>Progress first half-year:</source>
        <translation>Voortgang eerste halfjaar:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="192"/>
        <source>Status second half-year: *</source>
        <translation>Status tweede halfjaar: *</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="202"/>
        <source>Progress second half-year:</source>
        <translation>Voortgang tweede halfjaar:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="216"/>
        <source>As written</source>
        <translation>Zoals vermeld</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="222"/>
        <source>The headings as the year plan wrote them, kept for reference (with their typing errors).</source>
        <translation>De koppen zoals het jaarplan ze schreef, bewaard ter naslag (met hun tikfouten).</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="228"/>
        <source>Heading:</source>
        <translation>Kop:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="234"/>
        <location filename="../../ui/activity.ui" line="245"/>
        <source>The wording of the source (the year plan), kept as it was written</source>
        <translation>De tekst van de bron (het jaarplan), bewaard zoals die er stond</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="239"/>
        <source>Results heading:</source>
        <translation>Kop resultaten:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="114"/>
        <location filename="../../ui/activity.ui" line="250"/>
        <source>Number of meetings:</source>
        <translation>Aantal bijeenkomsten:</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="127"/>
        <source>How many meetings the year plan promises for this activity; (none) when it names no number</source>
        <translation>Hoeveel bijeenkomsten het jaarplan voor deze activiteit belooft; (geen) als het geen aantal noemt</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="128"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="135"/>
        <source>at least</source>
        <translation>minimaal</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="136"/>
        <source>The plan names a minimum (&quot;minimaal 1 keer per jaar&quot;)</source>
        <translation>Het jaarplan noemt een minimum (&quot;minimaal 1 keer per jaar&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/activity.ui" line="256"/>
        <source>The result in the year plan that names the number of meetings</source>
        <translation>Het resultaat in het jaarplan dat het aantal bijeenkomsten noemt</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="76"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="81"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="100"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="104"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="125"/>
        <source>continued from %1</source>
        <translation>vervolg van %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="85"/>
        <source>Status H1</source>
        <translation>Status 1e hj.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="109"/>
        <source>First half-year</source>
        <translation>Eerste halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="88"/>
        <source>Status H2</source>
        <translation>Status 2e hj.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="114"/>
        <source>Second half-year</source>
        <translation>Tweede halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="77"/>
        <source>The body that owns the activity; sort on it to group by owner</source>
        <translation>Het orgaan dat eigenaar is van de activiteit; sorteer hierop om per eigenaar te groeperen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="105"/>
        <source>Results to reach this year</source>
        <translation>Te bereiken resultaten dit jaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="86"/>
        <source>Status in the first half-year</source>
        <translation>Status in het eerste halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="110"/>
        <source>Progress in the first half-year</source>
        <translation>Voortgang in het eerste halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="89"/>
        <source>Status in the second half-year</source>
        <translation>Status in het tweede halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="115"/>
        <source>Progress in the second half-year</source>
        <translation>Voortgang in het tweede halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="91"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/activities.py" line="92"/>
        <source>Meetings held and planned against the number the year plan names; marked when fewer are held or planned than the part of the year that has passed calls for</source>
        <translation>Gehouden en geplande bijeenkomsten tegen het aantal dat het jaarplan noemt; gemarkeerd als er minder zijn gehouden of gepland dan het verstreken deel van het jaar vraagt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../vgg_desktop/app.py" line="195"/>
        <source>VGG Desktop</source>
        <translation>VGG Desktop</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/app.py" line="196"/>
        <source>The database could not be opened.</source>
        <translation>De database kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/app.py" line="235"/>
        <source>Example database (Jaarplan 2022)</source>
        <translation>Voorbeelddatabase (Jaarplan 2022)</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="50"/>
        <source>Attendance – %1 %2</source>
        <translation>Aanwezigheid – %1 %2</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="52"/>
        <source>Which member municipalities were represented at this meeting? Leave a municipality on &apos;not recorded&apos; when you do not know.</source>
        <translation>Welke gemeenten waren bij deze bijeenkomst vertegenwoordigd? Laat een gemeente op &apos;niet vastgelegd&apos; staan als u het niet weet.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="66"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="66"/>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="190"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="66"/>
        <source>On behalf of the municipality</source>
        <translation>Namens de gemeente</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="71"/>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="73"/>
        <source>%1 (not a member then)</source>
        <translation>%1 (toen geen lid)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="81"/>
        <source>e.g. wethouder J. Jansen</source>
        <translation>bijv. wethouder J. Jansen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="101"/>
        <source>Mark the others &amp;present</source>
        <translation>De overige &amp;aanwezig</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="103"/>
        <source>Every municipality still on &apos;not recorded&apos; becomes present</source>
        <translation>Elke gemeente die nog op &apos;niet vastgelegd&apos; staat, wordt aanwezig</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="109"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="151"/>
        <source>No attendance recorded yet</source>
        <translation>Nog geen aanwezigheid vastgelegd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="162"/>
        <source>Close this window and open the attendance again to see what is stored now; copy your changes before you close it.</source>
        <translation>Sluit dit venster en open de aanwezigheid opnieuw om te zien wat er nu is opgeslagen; neem uw wijzigingen over voordat u het sluit.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="166"/>
        <source>Nothing has been saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="173"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/attendance_dialog.py" line="174"/>
        <source>You have made changes that have not been saved. Close the form and discard them?</source>
        <translation>U hebt wijzigingen gemaakt die nog niet zijn opgeslagen. Het formulier sluiten en de wijzigingen weggooien?</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="122"/>
        <source>Make &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="124"/>
        <source>Save a checked copy of the database in a file you choose</source>
        <translation>Een gecontroleerde kopie van de database opslaan in een bestand naar keuze</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="125"/>
        <source>Res&amp;tore backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="127"/>
        <source>Put back the data from an earlier backup; the current data is kept as a backup first</source>
        <translation>De gegevens van een eerdere back-up terugzetten; de huidige gegevens worden eerst als back-up bewaard</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="149"/>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="158"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="157"/>
        <source>Make backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="158"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="175"/>
        <source>Backup not made</source>
        <translation>Back-up niet gemaakt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="178"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="179"/>
        <source>The backup has been made and checked:
%1</source>
        <translation>De back-up is gemaakt en gecontroleerd:
%1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="190"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="191"/>
        <source>Put back the backup of %1?

Everything entered after that moment disappears from the database. The data as it is now is first saved as a backup, so you can go back to it.</source>
        <translation>De back-up van %1 terugzetten?

Alles wat na dat moment is ingevoerd, verdwijnt uit de database. De gegevens zoals ze nu zijn worden eerst als back-up bewaard, zodat u ernaar terug kunt.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="207"/>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="219"/>
        <source>Backup not restored</source>
        <translation>Back-up niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="222"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/backups.py" line="30"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/backups.py" line="33"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/backups.py" line="36"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="56"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="61"/>
        <source>On behalf of</source>
        <translation>Namens</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="65"/>
        <source>Held by</source>
        <translation>Bezet door</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="69"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="72"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="75"/>
        <source>Portfolios</source>
        <translation>Portefeuilles</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="57"/>
        <source>The seat&apos;s role on the daily board</source>
        <translation>De rol van de zetel in het Dagelijks Bestuur</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="62"/>
        <source>The municipality or body the seat represents</source>
        <translation>De gemeente of het orgaan namens wie de zetel is</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="66"/>
        <source>Who holds the seat today; a vacant seat says so</source>
        <translation>Wie de zetel vandaag bezet; een lege zetel staat er als vacature</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="69"/>
        <source>Start of the current term</source>
        <translation>Begin van de huidige termijn</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="72"/>
        <source>End of the current term</source>
        <translation>Einde van de huidige termijn</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="76"/>
        <source>Portfolios held by the holder of the seat</source>
        <translation>Portefeuilles van degene die de zetel bezet</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="39"/>
        <source>Nobody holds this seat today. Use &apos;Fill seat&apos; to appoint someone.</source>
        <translation>Niemand bezet deze zetel vandaag. Kies &apos;Zetel invullen&apos; om iemand te benoemen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/board.py" line="33"/>
        <source>As written in the plan: %1</source>
        <translation>Zoals vermeld in het jaarplan: %1</translation>
    </message>
</context>
<context>
    <name>BoardSeatForm</name>
    <message>
        <location filename="../../ui/board_seat.ui" line="15"/>
        <source>Kind of seat: *</source>
        <translation>Soort zetel: *</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="25"/>
        <source>Role: *</source>
        <translation>Rol: *</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="35"/>
        <source>On behalf of municipality:</source>
        <translation>Namens gemeente:</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="41"/>
        <source>Only a municipality seat belongs to a municipality</source>
        <translation>Alleen een gemeentezetel hoort bij een gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="46"/>
        <source>On behalf of:</source>
        <translation>Namens:</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="52"/>
        <source>Whom a seat that is not a municipality seat represents</source>
        <translation>Wie een zetel vertegenwoordigt die geen gemeentezetel is</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="53"/>
        <source>e.g. Kring van gemeentesecretarissen</source>
        <translation>bijv. Kring van gemeentesecretarissen</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="58"/>
        <source>Order:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="64"/>
        <source>Where the seat appears in the overview of the board</source>
        <translation>Waar de zetel in het overzicht van het bestuur staat</translation>
    </message>
    <message>
        <location filename="../../ui/board_seat.ui" line="71"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="41"/>
        <source>&amp;Fill seat...</source>
        <translation>Zetel &amp;invullen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="44"/>
        <source>Change &amp;term...</source>
        <translation>&amp;Termijn wijzigen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="44"/>
        <source>Change who holds the selected seat, or the dates of the term</source>
        <translation>Wijzigen wie de gekozen zetel bezet, of de data van de termijn</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="72"/>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="49"/>
        <source>Board</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="41"/>
        <source>Appoint someone to the selected vacant seat: someone listed, or a new person entered in the same form</source>
        <translation>Wijs iemand aan voor de gekozen vacante zetel: iemand uit de lijst, of een nieuwe persoon die u in hetzelfde formulier invoert</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="76"/>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="79"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="80"/>
        <source>Portfolios</source>
        <translation>Portefeuilles</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="81"/>
        <source>Kind of seat</source>
        <translation>Soort zetel</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="90"/>
        <source>dates unknown</source>
        <translation>data onbekend</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="91"/>
        <source>Terms</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="94"/>
        <source>change</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="95"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/board_tab.py" line="97"/>
        <source>Nobody has held this seat yet.</source>
        <translation>Niemand heeft deze zetel nog bezet.</translation>
    </message>
</context>
<context>
    <name>CommitteeModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="59"/>
        <source>VNG committee</source>
        <translation>VNG-commissie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="63"/>
        <source>Former name</source>
        <translation>Vroegere naam</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="67"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="71"/>
        <source>Groningen member</source>
        <translation>Groninger lid</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="64"/>
        <source>The name the committee had before it was renamed</source>
        <translation>De naam van de commissie voordat zij werd hernoemd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="68"/>
        <source>The VGG portfolio the committee belongs to</source>
        <translation>De VGG-portefeuille waar de commissie bij hoort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="72"/>
        <source>Who represents Groningen in the committee: a name, a vacancy, or n/a</source>
        <translation>Wie Groningen in de commissie vertegenwoordigt: een naam, een vacature of n.v.t.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="47"/>
        <source>Not applicable: Groningen has no place in this committee.</source>
        <translation>Niet van toepassing: Groningen heeft geen plaats in deze commissie.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/committees.py" line="49"/>
        <source>Groningen&apos;s place in this committee is vacant.</source>
        <translation>De Groninger plaats in deze commissie is vacant.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="69"/>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="77"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="77"/>
        <source>Stored now</source>
        <translation>Nu opgeslagen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="77"/>
        <source>Your input</source>
        <translation>Uw invoer</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="82"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="95"/>
        <source>Changed by someone else since you opened the form</source>
        <translation>Gewijzigd door iemand anders sinds u het formulier opende</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="98"/>
        <source>Nothing has been saved. What you typed is kept in the form: load the stored values to see them with your own changes on top, check them, and save again.</source>
        <translation>Er is niets opgeslagen. Wat u typte blijft in het formulier staan: laad de opgeslagen waarden om ze met uw eigen wijzigingen daaroverheen te zien, controleer ze en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="103"/>
        <source>&amp;Load stored values, keep my changes</source>
        <translation>Opgeslagen waarden &amp;laden, mijn wijzigingen houden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/conflict_dialog.py" line="105"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Terug naar het formulier</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../ui/consultation.ui" line="15"/>
        <source>Number: *</source>
        <translation>Nummer: *</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="27"/>
        <source>Name: *</source>
        <translation>Naam: *</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="37"/>
        <source>Chair:</source>
        <translation>Voorzitter:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="43"/>
        <source>The chair, a vacancy, or not applicable (n/a) when another organisation runs the consultation</source>
        <translation>De voorzitter, een vacature, of niet van toepassing (n.v.t.) wanneer een andere organisatie het overleg leidt</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="48"/>
        <source>Chair since:</source>
        <translation>Voorzitter sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="54"/>
        <source>When the chair took the place; leave empty when it is not known</source>
        <translation>Wanneer de voorzitter de plaats innam; leeg laten als dat niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="59"/>
        <source>Chair until (inclusive):</source>
        <translation>Voorzitter tot en met:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="65"/>
        <source>The chairmanship&apos;s last day when it is known beforehand; leave empty while it goes on</source>
        <translation>De laatste dag van het voorzitterschap als die vooraf bekend is; leeg laten zolang het doorloopt</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="70"/>
        <source>Organised through:</source>
        <translation>Georganiseerd via:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="76"/>
        <source>The partner organisation that runs the consultation, if not the VGG</source>
        <translation>De partnerorganisatie die het overleg leidt, als dat niet de VGG is</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="81"/>
        <source>Portfolio:</source>
        <translation>Portefeuille:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="91"/>
        <source>Preparation:</source>
        <translation>Voorbereiding:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="97"/>
        <source>How civil servants prepare the consultation</source>
        <translation>Hoe ambtenaren het overleg voorbereiden</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="105"/>
        <source>Partner organisations:</source>
        <translation>Partnerorganisaties:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="111"/>
        <source>Tick the partner organisations that take part</source>
        <translation>Vink de partnerorganisaties aan die deelnemen</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="118"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <location filename="../../ui/consultation.ui" line="124"/>
        <source>For example why the chair is vacant and when it will be filled</source>
        <translation>Bijvoorbeeld waarom het voorzitterschap vacant is en wanneer het wordt ingevuld</translation>
    </message>
</context>
<context>
    <name>ConsultationModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="48"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="53"/>
        <source>Consultation</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="56"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="60"/>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="66"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisaties</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="71"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="49"/>
        <source>Number of the consultation in the plan</source>
        <translation>Nummer van het overleg in het jaarplan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="57"/>
        <source>The chair: a name, a vacancy, or n/a when a partner organises it</source>
        <translation>De voorzitter: een naam, een vacature, of n.v.t. wanneer een partner het overleg organiseert</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="61"/>
        <source>How civil servants prepare the consultation</source>
        <translation>Hoe ambtenaren het overleg voorbereiden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="67"/>
        <source>Organisations that take part</source>
        <translation>Organisaties die deelnemen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="72"/>
        <source>The VGG portfolio the consultation belongs to</source>
        <translation>De VGG-portefeuille waar het overleg bij hoort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="39"/>
        <source>n/a (via %1)</source>
        <translation>n.v.t. (via %1)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/consultations.py" line="29"/>
        <source>This consultation has no chair.</source>
        <translation>Dit overleg heeft geen voorzitter.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/date_field.py" line="27"/>
        <source>dd-mm-yyyy, empty = unknown</source>
        <translation>dd-mm-jjjj, leeg = onbekend</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/date_field.py" line="32"/>
        <source>Choose the date on a calendar</source>
        <translation>De datum op een kalender kiezen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/date_field.py" line="33"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DeleteRecord</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/delete.py" line="29"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/delete.py" line="39"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/delete.py" line="51"/>
        <source>Make these places vacant and delete %1? You can undo this with Ctrl+Z.</source>
        <translation>Deze plaatsen vacant maken en %1 verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/detail_pane.py" line="121"/>
        <source>Select a row to see its details here.</source>
        <translation>Kies een regel om hier de bijzonderheden te zien.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="70"/>
        <source>Progress report</source>
        <translation>Voortgangsrapportage</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="70"/>
        <source>Year plan as a document</source>
        <translation>Jaarplan als document</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="74"/>
        <source>Writes the progress report on a half year to a Word document: a summary, then every activity with its goal, results, status and progress.</source>
        <translation>Schrijft de voortgangsrapportage over een halfjaar naar een Word-document: een samenvatting, dan elke activiteit met doel, resultaten, status en voortgang.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="76"/>
        <source>Writes the whole year plan from the data to a Word document: introduction, vision and core values, the organisation and the activities.</source>
        <translation>Schrijft het hele jaarplan uit de gegevens naar een Word-document: inleiding, visie en kernwaarden, de organisatie en de activiteiten.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="87"/>
        <source>First half year</source>
        <translation>Eerste halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="88"/>
        <source>Second half year</source>
        <translation>Tweede halfjaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="99"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="111"/>
        <source>&amp;Year plan:</source>
        <translation>&amp;Jaarplan:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="115"/>
        <source>&amp;Half year:</source>
        <translation>&amp;Halfjaar:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="120"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="123"/>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="129"/>
        <source>&amp;Open document</source>
        <translation>Document &amp;openen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="131"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="142"/>
        <source>&amp;Write document</source>
        <translation>Document &amp;maken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="158"/>
        <source>This database has no year plan yet.</source>
        <translation>Deze database heeft nog geen jaarplan.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="210"/>
        <source>the shipped template (change it under File &gt; Settings)</source>
        <translation>het meegeleverde sjabloon (te wijzigen onder Bestand &gt; Instellingen)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="215"/>
        <source>Save document as</source>
        <translation>Document opslaan als</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="216"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="252"/>
        <source>The document has been saved as %1.</source>
        <translation>Het document is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="268"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="269"/>
        <source>%1 already exists. Replace it with the new document?</source>
        <translation>%1 bestaat al. Vervangen door het nieuwe document?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="275"/>
        <source>Template cannot be used</source>
        <translation>Sjabloon niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/documents_dialog.py" line="276"/>
        <source>Write the document with the shipped template instead?</source>
        <translation>Het document in plaats daarvan met het meegeleverde sjabloon maken?</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="45"/>
        <source>Record election</source>
        <translation>Verkiezing vastleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="52"/>
        <source>After municipal elections every board term, portfolio, VNG committee membership and consultation chair held by a municipal politician ends on the election&apos;s date, and the place becomes vacant with the election as the reason. Advisory members (the secretaries&apos; and clerks&apos; circles) and the bureau&apos;s staff keep their places.</source>
        <translation>Na gemeenteraadsverkiezingen eindigt elke termijn in het Dagelijks Bestuur, elke portefeuille, elk lidmaatschap van een VNG-commissie en elk voorzitterschap van een portefeuillehouderoverleg van een gemeentelijk politicus op de datum van de verkiezing; de plaats wordt een vacature met de verkiezing als reden. Adviserende leden (de Kring van gemeentesecretarissen en de Griffierskring) en de medewerkers van het bureau houden hun plaats.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="59"/>
        <source>The date of the election: the places end on this day</source>
        <translation>De datum van de verkiezing: op deze dag eindigen de plaatsen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="60"/>
        <source>&amp;Municipal elections (all member municipalities)</source>
        <translation>&amp;Gemeenteraadsverkiezingen (alle gemeenten)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="61"/>
        <source>&amp;Redivision election (only the municipalities ticked below)</source>
        <translation>&amp;Herindelingsverkiezing (alleen de gemeenten die hieronder zijn aangevinkt)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="76"/>
        <source>Election &amp;date:</source>
        <translation>&amp;Datum van de verkiezing:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="79"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="94"/>
        <source>Re&amp;cord election</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="96"/>
        <source>End the places listed on the election&apos;s date; Ctrl+Z undoes it</source>
        <translation>Beëindig de genoemde plaatsen op de datum van de verkiezing; Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="105"/>
        <source>What recording will do:</source>
        <translation>Wat vastleggen doet:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="106"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="132"/>
        <source>Type the date of the election, for example 16-03-2022.</source>
        <translation>Typ de datum van de verkiezing, bijvoorbeeld 16-03-2022.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/election_dialog.py" line="136"/>
        <source>Tick the municipalities of the redivision election.</source>
        <translation>Vink de gemeenten van de herindelingsverkiezing aan.</translation>
    </message>
</context>
<context>
    <name>EmploymentForm</name>
    <message>
        <location filename="../../ui/employment.ui" line="15"/>
        <source>Staff member: *</source>
        <translation>Medewerker: *</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="25"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="31"/>
        <source>e.g. secretaris, procescoördinator</source>
        <translation>bijv. secretaris, procescoördinator</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="36"/>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="46"/>
        <source>Kind of contract:</source>
        <translation>Soort dienstverband:</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="56"/>
        <source>Through:</source>
        <translation>Via:</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="62"/>
        <source>The organisation through which the staff member is employed or hired</source>
        <translation>De organisatie via welke de medewerker in dienst is of wordt ingehuurd</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="63"/>
        <source>e.g. GOA-Publiek, gemeente Groningen</source>
        <translation>bijv. GOA-Publiek, gemeente Groningen</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="68"/>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="74"/>
        <source>Leave empty when the start is not known</source>
        <translation>Leeg laten als het begin niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="79"/>
        <source>Until:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="85"/>
        <source>Leave empty for an open-ended contract or when the end is not known</source>
        <translation>Leeg laten bij een contract zonder einddatum of als het einde niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="90"/>
        <source>As written:</source>
        <translation>Zoals vermeld:</translation>
    </message>
    <message>
        <location filename="../../ui/employment.ui" line="96"/>
        <source>The wording of the source (the year plan), kept as it was written</source>
        <translation>De tekst van de bron (het jaarplan), bewaard zoals die er stond</translation>
    </message>
</context>
<context>
    <name>EndingNoticeBar</name>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="62"/>
        <source>Show more</source>
        <translation>Meer tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="64"/>
        <source>Show hidden</source>
        <translation>Verborgen tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="66"/>
        <source>Show the items someone hid, to show one again</source>
        <translation>De meldingen die iemand verborg, om er een weer te tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="133"/>
        <source>Ends within %1 months of %2 (up to and including %3): %4</source>
        <translation>Eindigt binnen %1 maanden na %2 (tot en met %3): %4</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="134"/>
        <source>Ends within 1 month of %2 (up to and including %3): %4</source>
        <translation>Eindigt binnen 1 maand na %2 (tot en met %3): %4</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="138"/>
        <source>Nothing else ends before %1; hidden:</source>
        <translation>Verder eindigt er niets tot en met %1; verborgen:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="145"/>
        <source>Show again</source>
        <translation>Weer tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="146"/>
        <source>Hidden by %1 on %2</source>
        <translation>Verborgen door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="149"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="150"/>
        <source>Hide this item for everyone using this database, until it changes</source>
        <translation>Verberg deze melding voor iedereen die deze database gebruikt, tot het gegeven verandert</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="159"/>
        <source>Show fewer</source>
        <translation>Minder tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="159"/>
        <source>%1 more</source>
        <translation>Nog %1 tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="161"/>
        <source>Hide the hidden ones</source>
        <translation>Verborgen weglaten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="162"/>
        <source>Show hidden (%1)</source>
        <translation>Verborgen tonen (%1)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="166"/>
        <source>Term on the board</source>
        <translation>Termijn in het Dagelijks Bestuur</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="166"/>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="167"/>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="167"/>
        <source>Chair</source>
        <translation>Voorzitterschap</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ending_notice.py" line="168"/>
        <source>%1 of %2 (%3) ends on %4</source>
        <translation>%1 van %2 (%3) eindigt op %4</translation>
    </message>
</context>
<context>
    <name>EndsSoonDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/ends_soon_dialog.py" line="24"/>
        <source>Period for &apos;ends soon&apos;</source>
        <translation>Termijn &apos;eindigt binnenkort&apos;</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ends_soon_dialog.py" line="27"/>
        <source>Contracts that end within this many months of the reference date are marked, in the Bureau tab and in the meeting workbook (there: of the meeting date). The setting is kept in the database, so it applies on every PC that uses it.</source>
        <translation>Contracten die binnen zoveel maanden na de peildatum eindigen, vallen op: op het tabblad Bureau en in het Excel-overzicht voor de vergadering (daar: na de vergaderdatum). De instelling staat in de database en geldt dus op elke pc die deze database gebruikt.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ends_soon_dialog.py" line="36"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/ends_soon_dialog.py" line="39"/>
        <source>&amp;Ends soon within:</source>
        <translation>&amp;Eindigt binnenkort binnen:</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../vgg_desktop/gui/error_handling.py" line="77"/>
        <source>This happened once more.</source>
        <translation>Dit gebeurde nog een keer.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/error_handling.py" line="78"/>
        <source>This happened %1 more times.</source>
        <translation>Dit gebeurde nog %1 keer.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/error_handling.py" line="87"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/error_handling.py" line="88"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Er ging iets onverwachts mis: %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/error_handling.py" line="93"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/error_handling.py" line="101"/>
        <source>The window stays open and what was saved is safe. Please try again; if it happens again, send the log file to whoever supports the program.</source>
        <translation>Het venster blijft open en wat was opgeslagen is veilig. Probeer het opnieuw; gebeurt het weer, stuur dan het logbestand naar wie het programma ondersteunt.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/error_handling.py" line="104"/>
        <source>Log file: %1</source>
        <translation>Logbestand: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="89"/>
        <source>Export overviews</source>
        <translation>Overzichten exporteren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="99"/>
        <source>Writes the overviews for a board meeting to an Excel workbook, ready to print on A4.</source>
        <translation>Zet de overzichten voor een bestuursvergadering in een Excel-werkmap, klaar om op A4 af te drukken.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="111"/>
        <source>Overviews</source>
        <translation>Overzichten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="114"/>
        <source>&amp;Board: seats, holders and vacancies</source>
        <translation>&amp;Bestuur: zetels, bezetting en vacatures</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="115"/>
        <source>&amp;Portfolios, VNG committees and consultations</source>
        <translation>&amp;Portefeuilles, VNG-commissies en overleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="120"/>
        <source>&amp;Activities of the year plan</source>
        <translation>&amp;Activiteiten van het jaarplan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="122"/>
        <source>&amp;Vacancies: every open place</source>
        <translation>&amp;Vacatures: elke open plaats</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="131"/>
        <source>The sheet Overzicht, with the date and a list of the sheets, is always included.</source>
        <translation>Het blad Overzicht, met de datum en een lijst van de bladen, komt er altijd in.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="140"/>
        <source>&amp;Browse...</source>
        <translation>Blade&amp;ren...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="147"/>
        <source>Meeting &amp;date:</source>
        <translation>&amp;Datum vergadering:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="117"/>
        <source>Bureau s&amp;taff and their contracts</source>
        <translation>Medewerkers van het b&amp;ureau en hun contracten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="106"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="108"/>
        <source>The day of the meeting; contracts that end soon after it are marked (period: View &gt; Period for &apos;ends soon&apos;)</source>
        <translation>De dag van de vergadering; contracten die kort daarna eindigen vallen op (termijn: Beeld &gt; Termijn &apos;eindigt binnenkort&apos;)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="116"/>
        <source>&amp;Consultations: chair, preparation and partners</source>
        <translation>Over&amp;leggen: voorzitter, voorbereiding en partners</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="118"/>
        <source>Pro&amp;jects and secondments: who works on them, until when</source>
        <translation>Pro&amp;jecten en detacheringen: wie eraan werkt en tot wanneer</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="119"/>
        <source>Outstanding &amp;invoices per municipality, with totals</source>
        <translation>Openstaande &amp;facturen per gemeente, met totalen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="121"/>
        <source>&amp;Meetings and events of the year, by date</source>
        <translation>Bijeen&amp;komsten van het jaar, op datum</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="149"/>
        <source>&amp;Save as:</source>
        <translation>Opslaan &amp;als:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="170"/>
        <source>&amp;Open file</source>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="172"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="174"/>
        <source>Choose another &amp;name...</source>
        <translation>Andere &amp;naam kiezen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="185"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="215"/>
        <source>Fill in the date of the meeting, for example 14-06-2022.</source>
        <translation>Vul de datum van de vergadering in, bijvoorbeeld 14-06-2022.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="262"/>
        <source>Save overview as</source>
        <translation>Overzicht opslaan als</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="263"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="275"/>
        <source>Choose at least one overview</source>
        <translation>Kies ten minste één overzicht</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="315"/>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="330"/>
        <source>Reading the overviews...</source>
        <translation>De overzichten worden gelezen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="321"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="322"/>
        <source>%1 already exists. Replace it with the new overview?</source>
        <translation>%1 bestaat al. Vervangen door het nieuwe overzicht?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="331"/>
        <source>Writing the workbook...</source>
        <translation>De werkmap wordt geschreven...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/export_dialog.py" line="338"/>
        <source>The overview has been saved as %1.</source>
        <translation>Het overzicht is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/kinds.py" line="65"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/kinds.py" line="65"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="48"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="53"/>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="57"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="61"/>
        <source>Kind of record</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="64"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="68"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="49"/>
        <source>When the change was saved, in this PC&apos;s time</source>
        <translation>Wanneer de wijziging is opgeslagen, in de tijd van deze pc</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="54"/>
        <source>The Windows user and the PC that made the change</source>
        <translation>De Windows-gebruiker en de pc die de wijziging maakten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="58"/>
        <source>What was done: added, changed, deleted, undone, reverted, ...</source>
        <translation>Wat er is gedaan: toegevoegd, gewijzigd, verwijderd, ongedaan gemaakt, teruggedraaid, ...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="65"/>
        <source>The record as it was named at the time</source>
        <translation>Het gegeven zoals het toen heette</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/history.py" line="69"/>
        <source>The fields whose value changed; select the row to see old and new values</source>
        <translation>De velden waarvan de waarde veranderde; kies de regel om de oude en nieuwe waarden te zien</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="63"/>
        <source>Sick leave: the history keeps no dates.</source>
        <translation>Ziekmelding: de geschiedenis bewaart geen data.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="79"/>
        <source>This change touched %1 other records too; each has a row of its own in the list.</source>
        <translation>Deze wijziging raakte ook %1 andere gegevens; elk staat op een eigen regel in de lijst.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="93"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="109"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="116"/>
        <source>Changed &amp;by:</source>
        <translation>Gewijzigd &amp;door:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="116"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="117"/>
        <source>&amp;To:</source>
        <translation>T&amp;ot en met:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="117"/>
        <source>&amp;Kind of record:</source>
        <translation>Soort &amp;gegeven:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="118"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="130"/>
        <source>Show all records</source>
        <translation>Alle gegevens tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="155"/>
        <source>&amp;Revert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="157"/>
        <source>Turn the selected change back, if nothing changed its records since; Ctrl+Z undoes this again</source>
        <translation>Draai de gekozen wijziging terug, als er sindsdien niets aan de gegevens is veranderd; Ctrl+Z maakt dit weer ongedaan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="189"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="201"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="201"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="210"/>
        <source>%1: &apos;%2&apos; is not a date; type it as dd-mm-yyyy.</source>
        <translation>%1: &apos;%2&apos; is geen datum; typ die als dd-mm-jjjj.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="220"/>
        <source>Only the changes of %1.</source>
        <translation>Alleen de wijzigingen van %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="245"/>
        <source>The newest %1 changes are shown; choose a period to see older ones.</source>
        <translation>De nieuwste %1 wijzigingen staan er; kies een periode om oudere te zien.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="247"/>
        <source>1 change.</source>
        <translation>1 wijziging.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="249"/>
        <source>No changes match the filter.</source>
        <translation>Geen wijzigingen die bij de keuze passen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="251"/>
        <source>%1 changes.</source>
        <translation>%1 wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="254"/>
        <source>Changes are kept for %1 months.</source>
        <translation>Wijzigingen worden %1 maanden bewaard.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="292"/>
        <source>Select a change to see its old and new values.</source>
        <translation>Kies een wijziging om de oude en nieuwe waarden te zien.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="303"/>
        <source>Revert this change of %1 by %2?</source>
        <translation>Deze wijziging van %1 door %2 terugdraaien?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="305"/>
        <source>Everything this change did is turned back. You can undo this with Ctrl+Z.</source>
        <translation>Alles wat deze wijziging deed, wordt teruggedraaid. U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="307"/>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/history_window.py" line="315"/>
        <source>Not reverted</source>
        <translation>Niet teruggedraaid</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="72"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="81"/>
        <source>Read a sheet of an Excel workbook (.xlsx) or a CSV file into the database. You see first what every row will do; nothing is stored until you click Import, and the whole import can be undone in one step.</source>
        <translation>Lees een blad van een Excel-werkmap (.xlsx) of een CSV-bestand in de database in. U ziet eerst wat er met elke regel gebeurt; er wordt niets opgeslagen tot u op Importeren klikt, en de hele import is in één stap ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="90"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="91"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Kiezen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="95"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="102"/>
        <source>&amp;Contents:</source>
        <translation>&amp;Inhoud:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="105"/>
        <source>&amp;Sheet:</source>
        <translation>B&amp;lad:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="108"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="110"/>
        <source>Which column holds which field, found from the column headers. Choose another column where the guess is wrong; the choice is remembered for this kind of import.</source>
        <translation>Welke kolom welk gegeven bevat, gevonden aan de kolomkoppen. Kies een andere kolom waar de gok niet klopt; de keuze wordt voor deze soort import onthouden.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="142"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="152"/>
        <source>Staff and their employment</source>
        <translation>Medewerkers met dienstverband</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="153"/>
        <source>Persons (board members, secretaries, clerks)</source>
        <translation>Personen (bestuurders, secretarissen, griffiers)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="154"/>
        <source>Board seats and terms</source>
        <translation>Zetels en termijnen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="155"/>
        <source>Activities of a year plan</source>
        <translation>Activiteiten van een jaarplan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="156"/>
        <source>Meetings, with attendance per municipality</source>
        <translation>Bijeenkomsten, met aanwezigheid per gemeente</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="157"/>
        <source>Meeting workbook of VGG Desktop (all sheets)</source>
        <translation>Vergaderoverzicht van VGG Desktop (alle bladen)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="169"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="170"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="301"/>
        <source>(do not read)</source>
        <translation>(niet inlezen)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="330"/>
        <source>%1 to add, %2 to change, %3 to skip (already the same), %4 with problems.</source>
        <translation>%1 toevoegen, %2 wijzigen, %3 overslaan (al gelijk), %4 met problemen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="333"/>
        <source>Header row: row %1.</source>
        <translation>Kopregel: rij %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="334"/>
        <source>Rows are matched on: %1.</source>
        <translation>Regels worden gezocht op: %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="339"/>
        <source>Nothing can be imported until every problem is solved in the file.</source>
        <translation>Er kan niets worden geïmporteerd tot elk probleem in het bestand is opgelost.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="341"/>
        <source>There is nothing to import: everything is stored like this already.</source>
        <translation>Er is niets te importeren: alles staat al zo in de database.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="369"/>
        <source>Import refused</source>
        <translation>Import geweigerd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/import_dialog.py" line="374"/>
        <source>Imported: %1 added, %2 changed. Undo (Ctrl+Z) turns the whole import back.</source>
        <translation>Geïmporteerd: %1 toegevoegd, %2 gewijzigd. Ongedaan maken (Ctrl+Z) draait de hele import terug.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="43"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="47"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="50"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="55"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="59"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="16"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="17"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/import_preview.py" line="18"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
</context>
<context>
    <name>InvoiceModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="127"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="130"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="133"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="136"/>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="141"/>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="145"/>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="149"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="150"/>
        <source>Where the invoice stands on the reference date: not sent yet, outstanding or paid</source>
        <translation>Hoe de factuur er op de peildatum voor staat: nog niet verzonden, openstaand of betaald</translation>
    </message>
</context>
<context>
    <name>InvoiceState</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="29"/>
        <source>not sent yet</source>
        <translation>nog niet verzonden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="30"/>
        <source>outstanding</source>
        <translation>openstaand</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="31"/>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="89"/>
        <source>VGG Desktop</source>
        <translation>VGG Desktop</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="153"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exporteren...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="153"/>
        <source>Write the overviews for a board meeting to an Excel workbook</source>
        <translation>De overzichten voor een bestuursvergadering in een Excel-werkmap zetten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="168"/>
        <source>E&amp;xit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="168"/>
        <source>Close the program</source>
        <translation>Het programma sluiten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="171"/>
        <location filename="../../vgg_desktop/gui/main_window.py" line="337"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="174"/>
        <location filename="../../vgg_desktop/gui/main_window.py" line="338"/>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="171"/>
        <source>Undo the last change</source>
        <translation>De laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="156"/>
        <source>&amp;New year plan...</source>
        <translation>&amp;Nieuw jaarplan...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="156"/>
        <source>Start next year&apos;s plan from this year&apos;s: activities, texts and core values</source>
        <translation>Begin het jaarplan van volgend jaar vanuit dat van dit jaar: activiteiten, teksten en kernwaarden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="158"/>
        <source>Record e&amp;lection...</source>
        <translation>Ver&amp;kiezing vastleggen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="159"/>
        <source>After elections: the places of municipal politicians end on the election&apos;s date and become vacant</source>
        <translation>Na verkiezingen: de plaatsen van gemeentelijke politici eindigen op de datum van de verkiezing en worden vacature</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="173"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="174"/>
        <source>Redo the change that was undone</source>
        <translation>De ongedaan gemaakte wijziging opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="177"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="178"/>
        <source>&amp;Add...</source>
        <translation>&amp;Toevoegen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="178"/>
        <source>Add a record to the current table</source>
        <translation>Een regel toevoegen aan de huidige tabel</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="180"/>
        <source>&amp;Change...</source>
        <translation>&amp;Wijzigen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="180"/>
        <source>Change the selected record</source>
        <translation>De gekozen regel wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="182"/>
        <source>&amp;Delete...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="182"/>
        <source>Delete the selected record; asks first</source>
        <translation>De gekozen regel verwijderen; vraagt eerst om bevestiging</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="185"/>
        <source>&amp;Persons...</source>
        <translation>&amp;Personen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="185"/>
        <source>Add, change or remove the persons who hold seats and places</source>
        <translation>Personen die zetels en plaatsen bezetten toevoegen, wijzigen of verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="187"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="187"/>
        <source>Type to filter the rows of the current tab</source>
        <translation>Typ om de regels van het huidige tabblad te filteren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="189"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="189"/>
        <source>Read everything again from the database</source>
        <translation>Alles opnieuw uit de database lezen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="194"/>
        <source>Show the tab %1</source>
        <translation>Het tabblad %1 tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="205"/>
        <source>Interface language; takes effect when the program starts again</source>
        <translation>Taal van het programma; gaat in bij de volgende start</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="208"/>
        <source>C&amp;hanges...</source>
        <translation>Wij&amp;zigingen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="208"/>
        <source>Every change in the database: who changed what and when; revert a change</source>
        <translation>Elke wijziging in de database: wie wat wanneer wijzigde; een wijziging terugdraaien</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="210"/>
        <source>&amp;About VGG Desktop</source>
        <translation>&amp;Over VGG Desktop</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="211"/>
        <source>Version, database and settings file of this program</source>
        <translation>Versie, database en instellingenbestand van dit programma</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="213"/>
        <source>&amp;Vacancies...</source>
        <translation>&amp;Vacatures...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="213"/>
        <source>Every open place once, with why it is open; fill a place from the list</source>
        <translation>Elke open plaats één keer, met waarom die open is; vul een plaats in vanuit de lijst</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="216"/>
        <source>Reference &amp;date...</source>
        <translation>Peil&amp;datum...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="216"/>
        <source>Choose the date the tabs look from, for example the next meeting</source>
        <translation>Kies de datum waarop de tabbladen de gegevens tonen, bijvoorbeeld die van de volgende vergadering</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="218"/>
        <source>Back to &amp;today</source>
        <translation>Terug naar &amp;vandaag</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="218"/>
        <source>Let the tabs look from today again</source>
        <translation>Laat de tabbladen de gegevens weer tonen zoals ze vandaag zijn</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="220"/>
        <source>Period for &apos;ends &amp;soon&apos;...</source>
        <translation>Termijn &apos;eindigt &amp;binnenkort&apos;...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="221"/>
        <source>How many months ahead an ending contract is marked, here and in the meeting workbook</source>
        <translation>Hoeveel maanden vooruit een aflopend contract opvalt, hier en in het Excel-overzicht</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="225"/>
        <source>Show &amp;hidden notices</source>
        <translation>Verborgen &amp;meldingen tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="225"/>
        <source>Show the items of the notice of what ends soon that were hidden</source>
        <translation>De verborgen meldingen van wat binnenkort eindigt weer tonen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="249"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="258"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="268"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="270"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="274"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="292"/>
        <source>Opening the database...</source>
        <translation>Database wordt geopend...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="337"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="338"/>
        <source>&amp;Redo: %1</source>
        <translation>Opn&amp;ieuw: %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="429"/>
        <location filename="../../vgg_desktop/gui/main_window.py" line="682"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="466"/>
        <source>Read again from the database.</source>
        <translation>Opnieuw gelezen uit de database.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="511"/>
        <source>1 row shown</source>
        <translation>1 rij getoond</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="511"/>
        <source>%1 rows shown</source>
        <translation>%1 rijen getoond</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="513"/>
        <source>%1 of %2 rows shown</source>
        <translation>%1 van %2 rijen getoond</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="673"/>
        <source>The tabs show the data as on today.</source>
        <translation>De tabbladen tonen de stand van vandaag.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="674"/>
        <source>The tabs show the data as on %1.</source>
        <translation>De tabbladen tonen de stand van %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="680"/>
        <source>VGG Desktop %1</source>
        <translation>VGG Desktop %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="681"/>
        <source>The office program of the bureau of the Vereniging van Groninger Gemeenten.</source>
        <translation>Het kantoorprogramma van het bureau van de Vereniging van Groninger Gemeenten.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="682"/>
        <source>not open</source>
        <translation>niet geopend</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="683"/>
        <source>Settings: %1</source>
        <translation>Instellingen: %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="686"/>
        <source>About VGG Desktop</source>
        <translation>Over VGG Desktop</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="693"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="694"/>
        <source>The new language takes effect when you start the program again.</source>
        <translation>De nieuwe taal gaat in wanneer u het programma opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="161"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importeren...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="161"/>
        <source>Read staff, persons, seats, activities or a meeting workbook from a spreadsheet</source>
        <translation>Medewerkers, personen, zetels, activiteiten of een vergaderoverzicht inlezen uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="163"/>
        <source>&amp;Progress report...</source>
        <translation>&amp;Voortgangsrapportage...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="163"/>
        <source>Write the progress report on a half year to a Word document</source>
        <translation>De voortgangsrapportage over een halfjaar naar een Word-document schrijven</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="165"/>
        <source>&amp;Year plan as a document...</source>
        <translation>&amp;Jaarplan als document...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="165"/>
        <source>Write the whole year plan from the data to a Word document</source>
        <translation>Het hele jaarplan uit de gegevens naar een Word-document schrijven</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="167"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Instellingen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="167"/>
        <source>Choose the Word templates of the documents</source>
        <translation>De Word-sjablonen van de documenten kiezen</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/meeting.ui" line="15"/>
        <source>Date: *</source>
        <translation>Datum: *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="25"/>
        <source>Kind: *</source>
        <translation>Soort: *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="46"/>
        <source>Title: *</source>
        <translation>Titel: *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="56"/>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="62"/>
        <source>e.g. Kansen voor het landschap</source>
        <translation>bijv. Kansen voor het landschap</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="67"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="77"/>
        <source>Activity:</source>
        <translation>Activiteit:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="83"/>
        <source>The activity of the year plan this meeting counts towards</source>
        <translation>De activiteit van het jaarplan waarvoor deze bijeenkomst meetelt</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="88"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="35"/>
        <source>Status: *</source>
        <translation>Status: *</translation>
    </message>
    <message>
        <location filename="../../ui/meeting.ui" line="41"/>
        <source>Planned, held or cancelled; cancelled meetings do not count toward the year plan</source>
        <translation>Gepland, gehouden of geannuleerd; geannuleerde bijeenkomsten tellen niet mee voor het jaarplan</translation>
    </message>
</context>
<context>
    <name>MeetingModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="99"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="104"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="108"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="122"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="127"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="134"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="138"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="114"/>
        <source>Planned, held or cancelled; cancelled meetings do not count toward the year plan</source>
        <translation>Gepland, gehouden of geannuleerd; geannuleerde bijeenkomsten tellen niet mee voor het jaarplan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="123"/>
        <source>The activity of the year plan the meeting counts toward</source>
        <translation>De activiteit van het jaarplan waarvoor de bijeenkomst meetelt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="128"/>
        <source>How many of the member municipalities were present</source>
        <translation>Hoeveel van de gemeenten aanwezig waren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="117"/>
        <source>The date has passed: record whether the meeting was held or cancelled</source>
        <translation>De datum is voorbij: leg vast of de bijeenkomst is gehouden of geannuleerd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="73"/>
        <source>No attendance recorded yet</source>
        <translation>Nog geen aanwezigheid vastgelegd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="74"/>
        <source>Present %1, absent %2, excused %3, not recorded %4</source>
        <translation>Aanwezig %1, afwezig %2, afgemeld %3, niet vastgelegd %4</translation>
    </message>
</context>
<context>
    <name>MeetingTexts</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="32"/>
        <source>%1 held</source>
        <translation>%1 gehouden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="34"/>
        <source>%1 of at least %2 held</source>
        <translation>%1 van minimaal %2 gehouden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="36"/>
        <source>%1 of %2 held</source>
        <translation>%1 van %2 gehouden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="38"/>
        <source>, %1 planned</source>
        <translation>, %1 gepland</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="40"/>
        <source>, %1 cancelled</source>
        <translation>, %1 geannuleerd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="42"/>
        <source> – behind</source>
        <translation> – achter</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="51"/>
        <source>The activity is dropped in this half-year, so it is not counted as behind.</source>
        <translation>De activiteit is in dit halfjaar vervallen en telt daarom niet als achter.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="52"/>
        <source>Held and planned meetings count, cancelled ones never.</source>
        <translation>Gehouden en geplande bijeenkomsten tellen mee, geannuleerde nooit.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="55"/>
        <source>Behind: on %1, %2 meetings should be held or planned by now; %3 are.</source>
        <translation>Achter: op %1 horen er %2 bijeenkomsten gehouden of gepland te zijn; het zijn er %3.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="58"/>
        <source>On schedule: on %1, %2 meetings should be held or planned by now; %3 are.</source>
        <translation>Op schema: op %1 horen er %2 bijeenkomsten gehouden of gepland te zijn; het zijn er %3.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/meetings.py" line="66"/>
        <source>%1 of %2 municipalities present</source>
        <translation>%1 van %2 gemeenten aanwezig</translation>
    </message>
</context>
<context>
    <name>MunicipalityForm</name>
    <message>
        <location filename="../../ui/municipality.ui" line="15"/>
        <source>Name: *</source>
        <translation>Naam: *</translation>
    </message>
    <message>
        <location filename="../../ui/municipality.ui" line="25"/>
        <source>Member since:</source>
        <translation>Lid sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality.ui" line="31"/>
        <source>Leave empty when not known</source>
        <translation>Leeg laten als het niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/municipality.ui" line="36"/>
        <source>Member until:</source>
        <translation>Lid tot:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality.ui" line="42"/>
        <source>Leave empty while the municipality is a member</source>
        <translation>Leeg laten zolang de gemeente lid is</translation>
    </message>
</context>
<context>
    <name>NewYearPlanDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="29"/>
        <source>New year plan</source>
        <translation>Nieuw jaarplan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="38"/>
        <source>The year plan whose activities and texts the new plan starts from</source>
        <translation>Het jaarplan waarvan het nieuwe jaarplan de activiteiten en teksten overneemt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="42"/>
        <source>&amp;Start from year plan:</source>
        <translation>&amp;Uitgaan van jaarplan:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="45"/>
        <source>New year plan:</source>
        <translation>Nieuw jaarplan:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="51"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="59"/>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="61"/>
        <source>Make the new year plan; Ctrl+Z undoes it</source>
        <translation>Maak het nieuwe jaarplan; Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="89"/>
        <source>There is no year plan to start from.</source>
        <translation>Er is geen jaarplan om van uit te gaan.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="96"/>
        <source>There is a year plan %1 already. Choose the latest year plan to start from.</source>
        <translation>Er is al een jaarplan %1. Kies het nieuwste jaarplan om van uit te gaan.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="105"/>
        <source>The introduction, vision and core values of %1, to be edited.</source>
        <translation>De inleiding, visie en kernwaarden van %1, om te bewerken.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="106"/>
        <source>%1 activities with their owner, goal, results, partners and number of meetings.</source>
        <translation>%1 activiteiten met hun eigenaar, doel, resultaten, partners en aantal bijeenkomsten.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="107"/>
        <source>%1 of them not finished or dropped in %2: marked “continued from %2”.</source>
        <translation>Daarvan %1 niet afgerond of vervallen in %2: gemarkeerd als “vervolg van %2”.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="109"/>
        <source>Progress and statuses start as “not reported yet”.</source>
        <translation>Voortgang en status beginnen als “nog niet gerapporteerd”.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="110"/>
        <source>No adoption date: that follows when the board adopts the plan.</source>
        <translation>Geen datum van vaststelling: die volgt wanneer het bestuur het jaarplan vaststelt.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/new_year_plan_dialog.py" line="112"/>
        <source>Year plan %1 will hold:</source>
        <translation>Jaarplan %1 krijgt:</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../ui/partner.ui" line="15"/>
        <source>Name: *</source>
        <translation>Naam: *</translation>
    </message>
    <message>
        <location filename="../../ui/partner.ui" line="25"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/person.ui" line="15"/>
        <source>Salutation:</source>
        <translation>Aanhef:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="25"/>
        <source>Initials:</source>
        <translation>Voorletters:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="31"/>
        <source>e.g. A.B.</source>
        <translation>bijv. A.B.</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="36"/>
        <source>First name:</source>
        <translation>Voornaam:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="46"/>
        <source>Last name: *</source>
        <translation>Achternaam: *</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="52"/>
        <source>e.g. van der Tuuk</source>
        <translation>bijv. van der Tuuk</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="57"/>
        <source>Municipality:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="63"/>
        <source>The municipality this person works for</source>
        <translation>De gemeente waar deze persoon voor werkt</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="68"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="74"/>
        <source>e.g. burgemeester, wethouder, raadslid</source>
        <translation>bijv. burgemeester, wethouder, raadslid</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="79"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="89"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="99"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
</context>
<context>
    <name>PersonModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/persons.py" line="23"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/persons.py" line="27"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/persons.py" line="29"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/persons.py" line="31"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/persons.py" line="33"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="25"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="36"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="39"/>
        <source>&amp;Add...</source>
        <translation>&amp;Toevoegen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="40"/>
        <source>Add a person (Ins)</source>
        <translation>Een persoon toevoegen (Ins)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="42"/>
        <source>&amp;Change...</source>
        <translation>&amp;Wijzigen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="43"/>
        <source>Change the selected person (F2 or Enter)</source>
        <translation>De gekozen persoon wijzigen (F2 of Enter)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="45"/>
        <source>&amp;Delete...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="46"/>
        <source>Delete the selected person (Del); asks first</source>
        <translation>De gekozen persoon verwijderen (Del); vraagt eerst om bevestiging</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="97"/>
        <source>%1 of %2 persons shown</source>
        <translation>%1 van %2 personen getoond</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="98"/>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/persons_dialog.py" line="99"/>
        <source>%1 persons</source>
        <translation>%1 personen</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/places.py" line="19"/>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/places.py" line="20"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
</context>
<context>
    <name>PortfolioForm</name>
    <message>
        <location filename="../../ui/portfolio.ui" line="15"/>
        <source>Name: *</source>
        <translation>Naam: *</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="25"/>
        <source>Kind: *</source>
        <translation>Soort: *</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="35"/>
        <source>Portfolio holder:</source>
        <translation>Portefeuillehouder:</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="45"/>
        <source>VNG committee:</source>
        <translation>VNG-commissie:</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="51"/>
        <source>Not applicable (n/a) for this portfolio</source>
        <translation>Niet van toepassing (n.v.t.) voor deze portefeuille</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="56"/>
        <source>Order:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="62"/>
        <source>Where the portfolio appears in the overview</source>
        <translation>Waar de portefeuille in het overzicht staat</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="69"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <location filename="../../ui/portfolio.ui" line="75"/>
        <source>For example why the portfolio has no holder and when it will be filled</source>
        <translation>Bijvoorbeeld waarom de portefeuille geen houder heeft en wanneer die wordt ingevuld</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="54"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="58"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="62"/>
        <source>Portfolio holder</source>
        <translation>Portefeuillehouder</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="68"/>
        <source>VNG committees</source>
        <translation>VNG-commissies</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="59"/>
        <source>A portfolio of the board, a theme meeting or the Klankbordgroep</source>
        <translation>Een portefeuille van het bestuur, een themabijeenkomst of de Klankbordgroep</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="63"/>
        <source>The board member who holds the portfolio</source>
        <translation>Het bestuurslid dat de portefeuille heeft</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="69"/>
        <source>The VNG committees linked to the portfolio</source>
        <translation>De VNG-commissies die bij de portefeuille horen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/portfolios.py" line="65"/>
        <source>This portfolio has no holder.</source>
        <translation>Deze portefeuille heeft geen portefeuillehouder.</translation>
    </message>
</context>
<context>
    <name>PortfoliosTab</name>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="48"/>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portefeuilles</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="48"/>
        <source>&amp;VNG committees</source>
        <translation>&amp;VNG-commissies</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="48"/>
        <source>Portfolio holder &amp;consultations</source>
        <translation>Portefeuillehouder&amp;overleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="73"/>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="70"/>
        <source>Portfolios</source>
        <translation>Portefeuilles</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="93"/>
        <source>Portfolio holder</source>
        <translation>Portefeuillehouder</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="93"/>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="97"/>
        <source>VNG committees</source>
        <translation>VNG-commissies</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="98"/>
        <source>Not applicable.</source>
        <translation>Niet van toepassing (n.v.t.).</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="98"/>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="104"/>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="138"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="103"/>
        <source>Consultations</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="109"/>
        <source>VNG committee</source>
        <translation>VNG-commissie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="111"/>
        <source>Former name</source>
        <translation>Vroegere naam</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="112"/>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="129"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="113"/>
        <source>Groningen member</source>
        <translation>Groninger lid</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="116"/>
        <source>Groningen has no place in this committee (n/a).</source>
        <translation>Groningen heeft geen plaats in deze commissie (n.v.t.).</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="125"/>
        <source>Portfolio holder consultation %1</source>
        <translation>Portefeuillehouderoverleg %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="127"/>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="128"/>
        <source>Organised through</source>
        <translation>Georganiseerd via</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="135"/>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/portfolios_tab.py" line="137"/>
        <source>Partner organisations</source>
        <translation>Partnerorganisaties</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="44"/>
        <source>Templates for Word documents</source>
        <translation>Sjablonen voor Word-documenten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="47"/>
        <source>Open the shipped template in Word, give it the house style (logo, fonts, colours, texts around the fields), save it as .docx and choose it here. Keep the fields between {{ }} and {% %}: the program fills them.</source>
        <translation>Open het meegeleverde sjabloon in Word, geef het de huisstijl (logo, lettertypen, kleuren, teksten rond de velden), sla het op als .docx en kies het hier. Laat de velden tussen {{ }} en {% %} staan: die vult het programma in.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="52"/>
        <source>&amp;Year plan:</source>
        <translation>&amp;Jaarplan:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="52"/>
        <source>&amp;Progress report:</source>
        <translation>&amp;Voortgangsrapportage:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="59"/>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="61"/>
        <source>Shipped</source>
        <translation>Meegeleverd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="62"/>
        <source>Use the template that comes with the program</source>
        <translation>Het sjabloon gebruiken dat bij het programma hoort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="69"/>
        <source>The shipped templates are in %1.</source>
        <translation>De meegeleverde sjablonen staan in %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="84"/>
        <source>(shipped template)</source>
        <translation>(meegeleverd sjabloon)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="90"/>
        <source>Choose a template</source>
        <translation>Een sjabloon kiezen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="91"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/preferences_dialog.py" line="100"/>
        <source>Template cannot be used</source>
        <translation>Sjabloon niet bruikbaar</translation>
    </message>
</context>
<context>
    <name>ProjectDecisionForm</name>
    <message>
        <location filename="../../ui/project_decision.ui" line="15"/>
        <source>Project: *</source>
        <translation>Project: *</translation>
    </message>
    <message>
        <location filename="../../ui/project_decision.ui" line="25"/>
        <source>Decided on: *</source>
        <translation>Besloten op: *</translation>
    </message>
    <message>
        <location filename="../../ui/project_decision.ui" line="31"/>
        <source>The date of the decision, for example 10-03-2022</source>
        <translation>De datum van het besluit, bijvoorbeeld 10-03-2022</translation>
    </message>
    <message>
        <location filename="../../ui/project_decision.ui" line="36"/>
        <source>Decision: *</source>
        <translation>Besluit: *</translation>
    </message>
    <message>
        <location filename="../../ui/project_decision.ui" line="42"/>
        <source>What was decided, and by whom (for example the board or the municipal executives)</source>
        <translation>Wat er is besloten, en door wie (bijvoorbeeld het DB of de colleges)</translation>
    </message>
    <message>
        <location filename="../../ui/project_decision.ui" line="48"/>
        <source>Finances:</source>
        <translation>Financiën:</translation>
    </message>
    <message>
        <location filename="../../ui/project_decision.ui" line="54"/>
        <source>What the decision says about money: amounts, and how the costs are shared between the municipalities</source>
        <translation>Wat het besluit over geld zegt: bedragen, en hoe de kosten over de gemeenten worden verdeeld</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../ui/project.ui" line="15"/>
        <source>Name: *</source>
        <translation>Naam: *</translation>
    </message>
    <message>
        <location filename="../../ui/project.ui" line="25"/>
        <source>Kind: *</source>
        <translation>Soort: *</translation>
    </message>
    <message>
        <location filename="../../ui/project.ui" line="35"/>
        <source>Activity:</source>
        <translation>Activiteit:</translation>
    </message>
    <message>
        <location filename="../../ui/project.ui" line="41"/>
        <source>The activity of the year plan this project belongs to</source>
        <translation>De activiteit van het jaarplan waar dit project bij hoort</translation>
    </message>
    <message>
        <location filename="../../ui/project.ui" line="46"/>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/project.ui" line="59"/>
        <source>Staff members:</source>
        <translation>Medewerkers:</translation>
    </message>
    <message>
        <location filename="../../ui/project.ui" line="65"/>
        <source>Tick the staff members who work on the project</source>
        <translation>Vink de medewerkers aan die aan het project werken</translation>
    </message>
</context>
<context>
    <name>ProjectInvoiceForm</name>
    <message>
        <location filename="../../ui/project_invoice.ui" line="15"/>
        <source>Project: *</source>
        <translation>Project: *</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="25"/>
        <source>Municipality: *</source>
        <translation>Gemeente: *</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="31"/>
        <source>The municipality the invoice is addressed to</source>
        <translation>De gemeente aan wie de factuur is gericht</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="36"/>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="42"/>
        <source>For example the invoice number or the period it covers</source>
        <translation>Bijvoorbeeld het factuurnummer of de periode waarover de factuur gaat</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="47"/>
        <source>Amount (€): *</source>
        <translation>Bedrag (€): *</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="53"/>
        <source>In euros, for example 1.234,56 (a comma before the cents)</source>
        <translation>In euro, bijvoorbeeld 1.234,56 (een komma voor de centen)</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="54"/>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="60"/>
        <source>Sent on:</source>
        <translation>Verzonden op:</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="66"/>
        <source>Leave empty while the invoice has not been sent</source>
        <translation>Leeg laten zolang de factuur niet is verzonden</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="71"/>
        <source>Paid on:</source>
        <translation>Betaald op:</translation>
    </message>
    <message>
        <location filename="../../ui/project_invoice.ui" line="77"/>
        <source>Leave empty while the municipality has not paid</source>
        <translation>Leeg laten zolang de gemeente niet heeft betaald</translation>
    </message>
</context>
<context>
    <name>ProjectModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="73"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="77"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="83"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="87"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="91"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="97"/>
        <source>Invoiced (€)</source>
        <translation>Gefactureerd (€)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="103"/>
        <source>Outstanding (€)</source>
        <translation>Openstaand (€)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="78"/>
        <source>Project or secondment; empty where it is not known</source>
        <translation>Project of detachering; leeg waar dat niet bekend is</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="84"/>
        <source>The activity of the year plan the project belongs to</source>
        <translation>De activiteit van het jaarplan waar het project bij hoort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="88"/>
        <source>The staff members who work on the project</source>
        <translation>De medewerkers die aan het project werken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="92"/>
        <source>How many decisions are recorded</source>
        <translation>Hoeveel besluiten er zijn vastgelegd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="98"/>
        <source>The invoices sent to municipalities by the reference date, paid or not</source>
        <translation>De facturen die op de peildatum aan gemeenten zijn verzonden, betaald of niet</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="104"/>
        <source>Sent by the reference date and not paid by then</source>
        <translation>Op de peildatum verzonden en nog niet betaald</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="80"/>
        <source>The kind is not known (the year plan does not say)</source>
        <translation>De soort is niet bekend (het jaarplan noemt die niet)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/projects.py" line="66"/>
        <source>%1 invoices outstanding</source>
        <translation>%1 facturen openstaand</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="77"/>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="76"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="46"/>
        <source>Add &amp;decision...</source>
        <translation>&amp;Besluit toevoegen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="47"/>
        <source>Record a decision on the selected project: date, content and financial part</source>
        <translation>Een besluit over het gekozen project vastleggen: datum, inhoud en financiën</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="50"/>
        <source>Add &amp;invoice...</source>
        <translation>&amp;Factuur toevoegen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="51"/>
        <source>Record an invoice of the selected project to a municipality</source>
        <translation>Een factuur van het gekozen project aan een gemeente vastleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="56"/>
        <source>&amp;Projects and secondments</source>
        <translation>&amp;Projecten en detacheringen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="56"/>
        <source>In&amp;voices</source>
        <translation>Fact&amp;uren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="126"/>
        <source>Kind not known</source>
        <translation>Soort niet bekend</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="127"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="130"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="131"/>
        <source>Nobody recorded.</source>
        <translation>Niemand vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="133"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="136"/>
        <source>change</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="137"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="139"/>
        <source>No decision recorded.</source>
        <translation>Geen besluit vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="140"/>
        <source>Invoices per municipality on %1</source>
        <translation>Facturen per gemeente op %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="142"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="142"/>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="142"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="142"/>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="144"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="146"/>
        <source>Not sent yet: %1.</source>
        <translation>Nog niet verzonden: %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="148"/>
        <source>No invoice recorded.</source>
        <translation>Geen factuur vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="165"/>
        <source>Finances: %1</source>
        <translation>Financiën: %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="170"/>
        <source>Invoice to %1</source>
        <translation>Factuur aan %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="172"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="173"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="174"/>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="175"/>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/projects_tab.py" line="176"/>
        <source>On %1</source>
        <translation>Op %1</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="192"/>
        <source>Redo failed</source>
        <translation>Opnieuw uitvoeren mislukt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="193"/>
        <source>&apos;%1&apos; could not be redone.</source>
        <translation>&apos;%1&apos; kon niet opnieuw worden uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="199"/>
        <source>Undo failed</source>
        <translation>Ongedaan maken mislukt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="200"/>
        <source>&apos;%1&apos; could not be undone.</source>
        <translation>&apos;%1&apos; kon niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="213"/>
        <source>An unexpected error occurred; it has been written to the log file.</source>
        <translation>Er trad een onverwachte fout op; die is in het logbestand geschreven.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="223"/>
        <source>This step has been removed from the undo history. The overview shows what is stored now.</source>
        <translation>Deze stap is uit de geschiedenis van ongedaan maken gehaald. Het overzicht toont wat nu is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="306"/>
        <source>Remove former staff (%1)</source>
        <translation>Oud-medewerkers verwijderen (%1)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="332"/>
        <source>Fill seat</source>
        <translation>Zetel invullen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="364"/>
        <source>New year plan %1</source>
        <translation>Nieuw jaarplan %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="395"/>
        <source>Record election</source>
        <translation>Verkiezing vastleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="427"/>
        <source>Revert change of %1</source>
        <translation>Wijziging van %1 terugdraaien</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/undo_steps.py" line="489"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="123"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="125"/>
        <source>Show what is stored now, keeping the changes you made in this form</source>
        <translation>Tonen wat nu is opgeslagen, met behoud van uw wijzigingen in dit formulier</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="136"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="138"/>
        <source>Save and close (Enter)</source>
        <translation>Opslaan en sluiten (Enter)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="140"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="141"/>
        <source>Close without saving (Esc)</source>
        <translation>Sluiten zonder op te slaan (Esc)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="147"/>
        <source>* required</source>
        <translation>* verplicht</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="221"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="222"/>
        <source>You have made changes that have not been saved. Close the form and discard them?</source>
        <translation>U hebt wijzigingen gemaakt die nog niet zijn opgeslagen. Het formulier sluiten en ze weggooien?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="264"/>
        <source>Nothing has been saved. Correct the fields marked in red and save again.</source>
        <translation>Er is niets opgeslagen. Verbeter de rood gemarkeerde velden en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="362"/>
        <source>Stored now:</source>
        <translation>Nu opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="363"/>
        <source>Click &apos;Reload&apos; to see what is stored now; the changes you made in this form are kept.</source>
        <translation>Klik op &apos;Opnieuw laden&apos; om te zien wat nu is opgeslagen; uw wijzigingen in dit formulier blijven behouden.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="378"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/record_dialog.py" line="405"/>
        <source>The form now shows what is stored, with your own changes on top of it. Check them and save again.</source>
        <translation>Het formulier toont nu wat is opgeslagen, met uw eigen wijzigingen daaroverheen. Controleer ze en sla opnieuw op.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/fields.py" line="42"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/fields.py" line="46"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/fields.py" line="50"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/fields.py" line="54"/>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/fields.py" line="58"/>
        <source>n/a (not applicable)</source>
        <translation>n.v.t. (niet van toepassing)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/fields.py" line="360"/>
        <source>(no title yet)</source>
        <translation>(nog geen titel)</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/base.py" line="71"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/base.py" line="231"/>
        <source>Shown as on %1; being brought up to date from the database...</source>
        <translation>Stand van %1; wordt bijgewerkt uit de database...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/base.py" line="332"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/base.py" line="338"/>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/base.py" line="343"/>
        <source>All changes of this record...</source>
        <translation>Alle wijzigingen van dit gegeven...</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="31"/>
        <source>Add association</source>
        <translation>Vereniging toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="32"/>
        <source>Edit association</source>
        <translation>Vereniging wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="33"/>
        <source>Delete association</source>
        <translation>Vereniging verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="34"/>
        <source>Do you want to delete this association?</source>
        <translation>Wilt u deze vereniging verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="38"/>
        <source>Add year plan</source>
        <translation>Jaarplan toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="39"/>
        <source>Edit year plan</source>
        <translation>Jaarplan wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="40"/>
        <source>Delete year plan</source>
        <translation>Jaarplan verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="41"/>
        <source>Do you want to delete this year plan?</source>
        <translation>Wilt u dit jaarplan verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="45"/>
        <source>Add municipality</source>
        <translation>Gemeente toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="46"/>
        <source>Edit municipality</source>
        <translation>Gemeente wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="47"/>
        <source>Delete municipality</source>
        <translation>Gemeente verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="48"/>
        <source>Do you want to delete this municipality?</source>
        <translation>Wilt u deze gemeente verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="52"/>
        <source>Add partner organisation</source>
        <translation>Partnerorganisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="53"/>
        <source>Edit partner organisation</source>
        <translation>Partnerorganisatie wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="54"/>
        <source>Delete partner organisation</source>
        <translation>Partnerorganisatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="55"/>
        <source>Do you want to delete this partner organisation?</source>
        <translation>Wilt u deze partnerorganisatie verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="59"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="60"/>
        <source>Edit person</source>
        <translation>Persoon wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="61"/>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="62"/>
        <source>Do you want to delete this person?</source>
        <translation>Wilt u deze persoon verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="66"/>
        <source>Add seat</source>
        <translation>Zetel toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="67"/>
        <source>Edit seat</source>
        <translation>Zetel wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="68"/>
        <source>Delete seat</source>
        <translation>Zetel verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="69"/>
        <source>Do you want to delete this seat?</source>
        <translation>Wilt u deze zetel verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="70"/>
        <source>The terms of office of this seat are deleted with it.</source>
        <translation>De termijnen van deze zetel worden mee verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="73"/>
        <source>Add term of office</source>
        <translation>Termijn toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="74"/>
        <source>Edit term of office</source>
        <translation>Termijn wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="75"/>
        <source>Delete term of office</source>
        <translation>Termijn verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="76"/>
        <source>Do you want to delete this term of office?</source>
        <translation>Wilt u deze termijn verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="80"/>
        <source>Add portfolio</source>
        <translation>Portefeuille toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="81"/>
        <source>Edit portfolio</source>
        <translation>Portefeuille wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="82"/>
        <source>Delete portfolio</source>
        <translation>Portefeuille verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="83"/>
        <source>Do you want to delete this portfolio?</source>
        <translation>Wilt u deze portefeuille verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="87"/>
        <source>Add VNG committee</source>
        <translation>VNG-commissie toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="88"/>
        <source>Edit VNG committee</source>
        <translation>VNG-commissie wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="89"/>
        <source>Delete VNG committee</source>
        <translation>VNG-commissie verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="90"/>
        <source>Do you want to delete this VNG committee?</source>
        <translation>Wilt u deze VNG-commissie verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="94"/>
        <source>Add portfolio holders&apos; consultation</source>
        <translation>Portefeuillehouderoverleg toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="95"/>
        <source>Edit portfolio holders&apos; consultation</source>
        <translation>Portefeuillehouderoverleg wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="96"/>
        <source>Delete portfolio holders&apos; consultation</source>
        <translation>Portefeuillehouderoverleg verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="97"/>
        <source>Do you want to delete this portfolio holders&apos; consultation?</source>
        <translation>Wilt u dit portefeuillehouderoverleg verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="101"/>
        <source>Add staff member</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="102"/>
        <source>Edit staff member</source>
        <translation>Medewerker wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="103"/>
        <source>Delete staff member</source>
        <translation>Medewerker verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="104"/>
        <source>Do you want to delete this staff member?</source>
        <translation>Wilt u deze medewerker verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="105"/>
        <source>The employments and sick leave of this staff member are deleted with it.</source>
        <translation>De dienstverbanden en ziekmeldingen van deze medewerker worden mee verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="108"/>
        <source>Add employment</source>
        <translation>Dienstverband toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="109"/>
        <source>Edit employment</source>
        <translation>Dienstverband wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="110"/>
        <source>Delete employment</source>
        <translation>Dienstverband verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="111"/>
        <source>Do you want to delete this employment?</source>
        <translation>Wilt u dit dienstverband verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="115"/>
        <source>Add sick leave</source>
        <translation>Ziekmelding toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="116"/>
        <source>Edit sick leave</source>
        <translation>Ziekmelding wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="117"/>
        <source>Delete sick leave</source>
        <translation>Ziekmelding verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="118"/>
        <source>Do you want to delete this sick leave?</source>
        <translation>Wilt u deze ziekmelding verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="122"/>
        <source>Add activity</source>
        <translation>Activiteit toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="123"/>
        <source>Edit activity</source>
        <translation>Activiteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="124"/>
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="125"/>
        <source>Do you want to delete this activity?</source>
        <translation>Wilt u deze activiteit verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="129"/>
        <source>Add meeting</source>
        <translation>Bijeenkomst toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="130"/>
        <source>Edit meeting</source>
        <translation>Bijeenkomst wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="131"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="132"/>
        <source>Do you want to delete this meeting?</source>
        <translation>Wilt u deze bijeenkomst verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="143"/>
        <source>Add project</source>
        <translation>Project toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="144"/>
        <source>Edit project</source>
        <translation>Project wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="145"/>
        <source>Delete project</source>
        <translation>Project verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="146"/>
        <source>Do you want to delete this project?</source>
        <translation>Wilt u dit project verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="147"/>
        <source>The decisions and invoices of this project are deleted with it.</source>
        <translation>De besluiten en facturen van dit project worden mee verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="150"/>
        <source>Add decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="151"/>
        <source>Edit decision</source>
        <translation>Besluit wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="152"/>
        <source>Delete decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="153"/>
        <source>Do you want to delete this decision?</source>
        <translation>Wilt u dit besluit verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="157"/>
        <source>Add invoice</source>
        <translation>Factuur toevoegen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="158"/>
        <source>Edit invoice</source>
        <translation>Factuur wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="159"/>
        <source>Delete invoice</source>
        <translation>Factuur verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="160"/>
        <source>Do you want to delete this invoice?</source>
        <translation>Wilt u deze factuur verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="133"/>
        <source>The attendance recorded for this meeting is deleted with it.</source>
        <translation>De vastgelegde aanwezigheid bij deze bijeenkomst wordt mee verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="136"/>
        <source>Record attendance</source>
        <translation>Aanwezigheid vastleggen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="137"/>
        <source>Edit attendance</source>
        <translation>Aanwezigheid wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="138"/>
        <source>Delete attendance</source>
        <translation>Aanwezigheid verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/texts.py" line="139"/>
        <source>Do you want to delete this attendance?</source>
        <translation>Wilt u deze aanwezigheid verwijderen?</translation>
    </message>
</context>
<context>
    <name>ReferenceDateDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_dialog.py" line="20"/>
        <source>Reference date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_dialog.py" line="23"/>
        <source>The tabs show the board, the contracts and the retention periods as they are on this date, for example the date of the next meeting. Until the window closes; empty is today.</source>
        <translation>De tabbladen tonen het bestuur, de contracten en de bewaartermijnen zoals ze op deze datum zijn, bijvoorbeeld de datum van de volgende vergadering. Dit geldt tot het venster sluit; leeg is vandaag.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_dialog.py" line="28"/>
        <source>dd-mm-yyyy, empty = today</source>
        <translation>dd-mm-jjjj, leeg = vandaag</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_dialog.py" line="30"/>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_dialog.py" line="31"/>
        <source>Look from today again</source>
        <translation>Weer vanaf vandaag kijken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_dialog.py" line="38"/>
        <source>&amp;Look from:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
</context>
<context>
    <name>ReferenceDateIndicator</name>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_indicator.py" line="38"/>
        <source>Reference date: %1</source>
        <translation>Peildatum: %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/reference_date_indicator.py" line="39"/>
        <source>The tabs show the data as on this date, not as today (View &gt; Reference date...)</source>
        <translation>De tabbladen tonen de gegevens zoals ze op deze datum zijn, niet zoals vandaag (Beeld &gt; Peildatum...)</translation>
    </message>
</context>
<context>
    <name>RefillModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="29"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="35"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="39"/>
        <source>Since the election</source>
        <translation>Sinds de verkiezing</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="43"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="52"/>
        <source>Filled by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="30"/>
        <source>A seat, a portfolio holder, a member of a VNG committee or a consultation&apos;s chair</source>
        <translation>Een zetel, een portefeuillehouder, een lid van een VNG-commissie of de voorzitter van een overleg</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="36"/>
        <source>The place as the Vacatures list names it</source>
        <translation>De plaats zoals de lijst Vacatures die noemt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="40"/>
        <source>Opened by the election (and who held it), or already open on its date</source>
        <translation>Vrijgekomen door de verkiezing (en wie de plaats had), of al open op de dag van de verkiezing</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="44"/>
        <source>Open, or filled and on which date: a term&apos;s start date, or the day the filling was recorded where the place has no dates of its own</source>
        <translation>Open, of ingevuld en op welke datum: de begindatum van een termijn, of de dag waarop de invulling is vastgelegd waar de plaats geen eigen data heeft</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="53"/>
        <source>Who holds the place on the peildatum</source>
        <translation>Wie de plaats op de peildatum bekleedt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/refills.py" line="20"/>
        <source>This place has no dates of its own: this is the day the filling was recorded in VGG Desktop.</source>
        <translation>Deze plaats heeft geen eigen data: dit is de dag waarop de invulling in VGG Desktop is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="49"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="66"/>
        <source>Choose the backup to put back. The data as it is now is saved as a backup first, so you can go back to it.</source>
        <translation>Kies de back-up die u wilt terugzetten. De gegevens zoals ze nu zijn worden eerst als back-up bewaard, zodat u ernaar terug kunt.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="69"/>
        <source>There are no backups in %1 yet. Choose a file elsewhere with &apos;Other file…&apos;.</source>
        <translation>Er staan nog geen back-ups in %1. Kies een bestand elders met &apos;Ander bestand…&apos;.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="75"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="76"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="99"/>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="100"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/backup_actions.py" line="100"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="29"/>
        <source>Remove former staff</source>
        <translation>Oud-medewerkers verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="47"/>
        <source>The AVG allows personal data to be kept only as long as it is needed. The bureau therefore keeps the data of former staff for at most two years after their last employment ended. For the staff members below, that period has passed: they left more than two years ago.</source>
        <translation>De AVG staat alleen toe dat persoonsgegevens worden bewaard zolang ze nodig zijn. Het bureau bewaart de gegevens van oud-medewerkers daarom hoogstens twee jaar na het einde van hun laatste dienstverband. Voor de medewerkers hieronder is die termijn verstreken: zij gingen meer dan twee jaar geleden uit dienst.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="53"/>
        <source>Removed with each ticked member: their employments and sick leave, and their place on the projects listed (the projects themselves stay). Untick whoever must be kept for now. You can undo this with Ctrl+Z.</source>
        <translation>Met elke aangevinkte medewerker gaan ook weg: de dienstverbanden en ziekmeldingen, en de plaats bij de genoemde projecten (de projecten zelf blijven bestaan). Haal het vinkje weg bij wie u nu nog moet bewaren. U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="61"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="63"/>
        <source>Remove the ticked staff members, with their employments and sick leave</source>
        <translation>De aangevinkte medewerkers verwijderen, met hun dienstverbanden en ziekmeldingen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="91"/>
        <source>Nobody is due for removal.</source>
        <translation>Er hoeft niemand te worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="93"/>
        <source>All %1 are ticked and will be removed.</source>
        <translation>Alle %1 zijn aangevinkt en worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="94"/>
        <source>The one member shown is ticked and will be removed.</source>
        <translation>De getoonde medewerker is aangevinkt en wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="96"/>
        <source>%1 of %2 ticked: only those will be removed.</source>
        <translation>%1 van %2 aangevinkt: alleen die worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/retention_dialog.py" line="107"/>
        <source>Nobody removed</source>
        <translation>Niemand verwijderd</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/retention.py" line="25"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/retention.py" line="30"/>
        <source>Left on</source>
        <translation>Uit dienst sinds</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/retention.py" line="35"/>
        <source>Still on projects</source>
        <translation>Nog bij projecten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/retention.py" line="26"/>
        <source>Ticked staff members are removed; untick whoever must stay for now</source>
        <translation>Aangevinkte medewerkers worden verwijderd; haal het vinkje weg bij wie nu nog moet blijven</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/retention.py" line="31"/>
        <source>The day the last employment ended</source>
        <translation>De dag waarop het laatste dienstverband eindigde</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/retention.py" line="36"/>
        <source>Removing takes the member off these projects; the projects themselves stay</source>
        <translation>Verwijderen haalt de medewerker van deze projecten af; de projecten zelf blijven bestaan</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/retention.py" line="38"/>
        <source>Still listed on: %1</source>
        <translation>Staat nog bij: %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/search_field.py" line="18"/>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/widgets/search_field.py" line="19"/>
        <source>Shows only the rows that contain every word typed here, in any column</source>
        <translation>Toont alleen de regels waarin elk hier getypt woord voorkomt, in welke kolom ook</translation>
    </message>
</context>
<context>
    <name>SeatTermDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/editing/seat_term_dialog.py" line="98"/>
        <source>The seat does not yet say on whose behalf it is: it becomes the seat of %1.</source>
        <translation>De zetel zegt nog niet namens wie hij is: het wordt de zetel van %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/editing/seat_term_dialog.py" line="100"/>
        <source>%1 already has a seat, so this seat keeps &apos;on behalf of&apos; empty.</source>
        <translation>%1 heeft al een zetel; deze zetel houdt &apos;Namens&apos; leeg.</translation>
    </message>
</context>
<context>
    <name>SeatTermForm</name>
    <message>
        <location filename="../../ui/seat_term.ui" line="15"/>
        <source>Seat: *</source>
        <translation>Zetel: *</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="25"/>
        <source>Board member: *</source>
        <translation>Bestuurder: *</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="35"/>
        <source>New person, not yet in the list</source>
        <translation>Nieuwe persoon, nog niet in de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="36"/>
        <source>Tick to enter the board member here; the person and the term are saved together</source>
        <translation>Vink aan om de bestuurder hier in te voeren; de persoon en de termijn worden samen opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="43"/>
        <source>Salutation:</source>
        <translation>Aanhef:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="53"/>
        <source>Initials:</source>
        <translation>Voorletters:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="59"/>
        <source>For example A.B.</source>
        <translation>Bijvoorbeeld A.B.</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="64"/>
        <source>First name:</source>
        <translation>Voornaam:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="74"/>
        <source>Last name: *</source>
        <translation>Achternaam: *</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="80"/>
        <source>With prefixes such as &apos;van der&apos;</source>
        <translation>Met tussenvoegsels zoals &apos;van der&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="85"/>
        <source>Municipality:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="91"/>
        <source>The municipality this person comes from; a municipal seat without one takes it over</source>
        <translation>De gemeente waar deze persoon vandaan komt; een gemeentezetel zonder gemeente neemt die over</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="96"/>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="102"/>
        <source>For example wethouder or burgemeester</source>
        <translation>Bijvoorbeeld wethouder of burgemeester</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="115"/>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="121"/>
        <source>Leave empty when the start is not known</source>
        <translation>Leeg laten als het begin niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="126"/>
        <source>Until (inclusive):</source>
        <translation>Tot en met:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="132"/>
        <source>Leave empty while the term goes on or when the end is not known</source>
        <translation>Leeg laten zolang de termijn loopt of als het einde niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="137"/>
        <source>As written:</source>
        <translation>Zoals vermeld:</translation>
    </message>
    <message>
        <location filename="../../ui/seat_term.ui" line="143"/>
        <source>The wording of the source (the year plan), kept as it was written</source>
        <translation>De tekst van de bron (het jaarplan), bewaard zoals die er stond</translation>
    </message>
</context>
<context>
    <name>StaffMemberForm</name>
    <message>
        <location filename="../../ui/staff_member.ui" line="15"/>
        <source>Salutation:</source>
        <translation>Aanhef:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_member.ui" line="25"/>
        <source>Initials:</source>
        <translation>Voorletters:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_member.ui" line="31"/>
        <source>e.g. A.B.</source>
        <translation>bijv. A.B.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_member.ui" line="36"/>
        <source>First name:</source>
        <translation>Voornaam:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_member.ui" line="46"/>
        <source>Last name: *</source>
        <translation>Achternaam: *</translation>
    </message>
    <message>
        <location filename="../../ui/staff_member.ui" line="56"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_member.ui" line="66"/>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_member.ui" line="76"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="104"/>
        <source>Retention period expired: remove (AVG).</source>
        <translation>Bewaartermijn verstreken: verwijderen (AVG).</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="80"/>
        <source>Left on %1; personal data of former staff is kept for at most two years.</source>
        <translation>Uit dienst sinds %1; persoonsgegevens van oud-medewerkers worden hoogstens twee jaar bewaard.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="143"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="148"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="152"/>
        <source>Kind of contract</source>
        <translation>Soort dienstverband</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="156"/>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="161"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="166"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="174"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="149"/>
        <source>Function in the employment that runs today (or ended last)</source>
        <translation>Functie in het dienstverband dat vandaag loopt (of het laatst is geëindigd)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="157"/>
        <source>The organisation through which the member works for the bureau</source>
        <translation>De organisatie via welke de medewerker voor het bureau werkt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="175"/>
        <source>Former staff who left more than two years ago: their personal data must be removed (AVG)</source>
        <translation>Oud-medewerkers die meer dan twee jaar geleden uit dienst gingen: hun persoonsgegevens moeten worden verwijderd (AVG)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="190"/>
        <source>Contracts that end within %1 months of %2 are marked; ended ones are grey</source>
        <translation>Contracten die binnen %1 maanden na %2 eindigen vallen op; afgelopen contracten zijn grijs</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="176"/>
        <source>Expired</source>
        <translation>Verstreken</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="109"/>
        <source>The contract ends on %1.</source>
        <translation>Het contract loopt af op %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="111"/>
        <source>The contract ended on %1.</source>
        <translation>Het contract is afgelopen op %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/staff.py" line="118"/>
        <source>%1 employments; see the details.</source>
        <translation>%1 dienstverbanden; zie de bijzonderheden.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="56"/>
        <source>Add &amp;employment...</source>
        <translation>Dienstverband &amp;toevoegen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="57"/>
        <source>Add an employment (function, kind of contract, dates) for the selected staff member</source>
        <translation>Een dienstverband (functie, soort, data) toevoegen voor de gekozen medewerker</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="59"/>
        <source>Report &amp;sick...</source>
        <translation>Ziek &amp;melden...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="60"/>
        <source>Record sick leave (dates only) for the selected staff member</source>
        <translation>Een ziekmelding (alleen data) vastleggen voor de gekozen medewerker</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="73"/>
        <source>Remove f&amp;ormer staff...</source>
        <translation>&amp;Oud-medewerkers verwijderen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="74"/>
        <source>Remove the personal data of staff who left more than two years ago (AVG); shows who first</source>
        <translation>Persoonsgegevens verwijderen van medewerkers die meer dan twee jaar geleden uit dienst gingen (AVG); toont eerst wie</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/main_window.py" line="74"/>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="113"/>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="231"/>
        <source>Still listed on: %1.</source>
        <translation>Staat nog bij: %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="217"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="86"/>
        <source>Remind me &amp;later</source>
        <translation>&amp;Later herinneren</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="88"/>
        <source>Hide this notice for a month, for this database only; it comes back sooner when someone else becomes due</source>
        <translation>Verberg deze melding een maand, alleen voor deze database; ze komt eerder terug als er nog iemand aan de beurt is</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="146"/>
        <source>You will be reminded again on %1. &apos;Remove former staff...&apos; stays under the right mouse button in the table.</source>
        <translation>U krijgt de melding weer op %1. &apos;Oud-medewerkers verwijderen...&apos; blijft onder de rechtermuisknop in de tabel.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="155"/>
        <source>%1 left more than two years ago (on %2).</source>
        <translation>%1 is meer dan twee jaar uit dienst (sinds %2).</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="158"/>
        <source>%1 former staff members left more than two years ago: %2.</source>
        <translation>%1 oud-medewerkers zijn meer dan twee jaar uit dienst: %2.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="160"/>
        <source>The AVG allows personal data to be kept only as long as it is needed; the bureau keeps that of former staff for two years.</source>
        <translation>De AVG staat niet toe persoonsgegevens langer te bewaren dan nodig; het bureau bewaart die van oud-medewerkers twee jaar.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="162"/>
        <source>Removing deletes their personal data, employments and sick leave (projects stay); you see who first, and you can undo it with Ctrl+Z.</source>
        <translation>Verwijderen wist hun persoonsgegevens, dienstverbanden en ziekmeldingen (projecten blijven bestaan); u ziet eerst wie, en u kunt het ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="170"/>
        <source>%1 others</source>
        <translation>%1 anderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="171"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="218"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="223"/>
        <source>The contract ends on %1.</source>
        <translation>Het contract loopt af op %1.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="228"/>
        <source>Retention period expired: remove (AVG)</source>
        <translation>Bewaartermijn verstreken: verwijderen (AVG)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="232"/>
        <source>Use &apos;Remove former staff...&apos; above the table, or under the right mouse button in the table.</source>
        <translation>Gebruik &apos;Oud-medewerkers verwijderen...&apos; boven de tabel, of onder de rechtermuisknop in de tabel.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="234"/>
        <source>Employments</source>
        <translation>Dienstverbanden</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="236"/>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="244"/>
        <source>change</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="237"/>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="245"/>
        <source>delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="239"/>
        <source>No employment recorded.</source>
        <translation>Geen dienstverband vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="241"/>
        <source>Sick leave</source>
        <translation>Ziekmeldingen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="247"/>
        <source>None recorded.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="249"/>
        <source>Sick leave is health data: it is shown only here and is never exported.</source>
        <translation>Ziekmeldingen zijn gezondheidsgegevens: ze staan alleen hier en worden nooit geëxporteerd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="253"/>
        <source>(no function)</source>
        <translation>(geen functie)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="257"/>
        <source>through %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="258"/>
        <source>dates unknown</source>
        <translation>data onbekend</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="100"/>
        <source>You see the names and functions of the bureau&apos;s staff. Employments and sick leave are for personnel staff only; ask the administrator of the database server if you need them.</source>
        <translation>U ziet de namen en functies van de medewerkers van het bureau. Dienstverbanden en ziekmeldingen zijn alleen voor medewerkers personeelszaken; hebt u ze nodig, vraag het dan de beheerder van de databaseserver.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/tabs/staff_tab.py" line="225"/>
        <source>Employments and sick leave are for personnel staff only.</source>
        <translation>Dienstverbanden en ziekmeldingen zijn alleen voor medewerkers personeelszaken.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="65"/>
        <source>VGG Desktop is already open</source>
        <translation>VGG Desktop is al geopend</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="69"/>
        <source>Database on a network drive</source>
        <translation>Database op een netwerkschijf</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="77"/>
        <source>Database damaged</source>
        <translation>Database beschadigd</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="78"/>
        <source>The database file %1 is damaged. Nothing has been changed in it, and nothing will be saved in it.</source>
        <translation>Het databasebestand %1 is beschadigd. Er is niets in veranderd en er wordt niets in opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="84"/>
        <source>The latest good backup is from %1. Restore it? The damaged file is kept aside, unchanged.</source>
        <translation>De laatste goede back-up is van %1. Die terugzetten? Het beschadigde bestand wordt onveranderd apart bewaard.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="86"/>
        <source>&amp;Restore latest backup</source>
        <translation>Laatste back-up &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="88"/>
        <source>No good backup was found beside the database. If you have one elsewhere (a USB stick, a network folder), choose it.</source>
        <translation>Naast de database is geen goede back-up gevonden. Hebt u er een elders (een USB-stick, een netwerkmap), kies die dan.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="89"/>
        <source>&amp;Choose a backup…</source>
        <translation>Een back-up &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="114"/>
        <source>Backup not restored</source>
        <translation>Back-up niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="116"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="122"/>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="123"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/startup_checks.py" line="123"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
</context>
<context>
    <name>VacanciesDialog</name>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="40"/>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="51"/>
        <source>Every open place once: a portfolio&apos;s consultation chair and the Klankbordgroep&apos;s portfolio are filled with the place they belong to. Choose a place and &apos;Fill...&apos; (or Enter) to fill it; Ctrl+Z undoes it.</source>
        <translation>Elke open plaats één keer: de voorzitter van het overleg van een portefeuille en de portefeuille van de Klankbordgroep worden ingevuld met de plaats waar ze bij horen. Kies een plaats en &apos;Invullen...&apos; (of Enter) om die in te vullen; Ctrl+Z maakt het ongedaan.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="73"/>
        <source>&amp;Fill...</source>
        <translation>&amp;Invullen...</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="75"/>
        <source>Open the form that fills the selected place</source>
        <translation>Open het formulier dat de gekozen plaats invult</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="107"/>
        <source>Open places</source>
        <translation>Open plaatsen</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="108"/>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="154"/>
        <source>After the election</source>
        <translation>Na de verkiezing</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="130"/>
        <source>1 open place on %1</source>
        <translation>1 open plaats op %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="132"/>
        <source>%1 open places on %2</source>
        <translation>%1 open plaatsen op %2</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="134"/>
        <source>No open places on %1</source>
        <translation>Geen open plaatsen op %1</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="153"/>
        <source>No election recorded on or before %1.</source>
        <translation>Er is op of vóór %1 geen verkiezing vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="156"/>
        <source>After the election (%1 of %2 filled again)</source>
        <translation>Na de verkiezing (%1 van %2 weer ingevuld)</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="161"/>
        <source>Portfolios, VNG committees and consultations have no dates of their own: &apos;vastgelegd op&apos; is the day the filling was recorded in VGG Desktop.</source>
        <translation>Portefeuilles, VNG-commissies en overleggen hebben geen eigen data: &apos;vastgelegd op&apos; is de dag waarop de invulling in VGG Desktop is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="182"/>
        <source>No note recorded for this place.</source>
        <translation>Bij deze plaats is geen toelichting vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/vacancies_dialog.py" line="184"/>
        <source>Filled together with: %1</source>
        <translation>Wordt samen ingevuld met: %1</translation>
    </message>
</context>
<context>
    <name>VacancyModel</name>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="22"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="28"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="33"/>
        <source>Part of it</source>
        <translation>Hoort erbij</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="38"/>
        <source>Why open, what next</source>
        <translation>Waarom open, wat volgt</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="23"/>
        <source>A seat, a portfolio holder, a member of a VNG committee or a consultation&apos;s chair</source>
        <translation>Een zetel, een portefeuillehouder, een lid van een VNG-commissie of de voorzitter van een overleg</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="29"/>
        <source>The open place; &apos;Fill...&apos; opens the form that fills it</source>
        <translation>De open plaats; &apos;Invullen...&apos; opent het formulier dat haar invult</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="34"/>
        <source>Places that are filled together with this one, so they are not counted twice</source>
        <translation>Plaatsen die samen met deze worden ingevuld, zodat ze niet dubbel worden geteld</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="39"/>
        <source>The note of the place&apos;s record: why it is open and what is expected</source>
        <translation>De opmerkingen bij de plaats: waarom die open is en wat er wordt verwacht</translation>
    </message>
    <message>
        <location filename="../../vgg_desktop/gui/models/vacancies.py" line="41"/>
        <source>No note recorded for this place.</source>
        <translation>Bij deze plaats is geen toelichting vastgelegd.</translation>
    </message>
</context>
<context>
    <name>VngCommitteeForm</name>
    <message>
        <location filename="../../ui/vng_committee.ui" line="15"/>
        <source>Name: *</source>
        <translation>Naam: *</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="25"/>
        <source>Former name:</source>
        <translation>Vroegere naam:</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="31"/>
        <source>The name before the committee was renamed</source>
        <translation>De naam voordat de commissie werd hernoemd</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="36"/>
        <source>Portfolio:</source>
        <translation>Portefeuille:</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="46"/>
        <source>Groningen member:</source>
        <translation>Groninger lid:</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="52"/>
        <source>The member for Groningen in this VNG committee, a vacancy, or not applicable (n/a)</source>
        <translation>Het lid voor Groningen in deze VNG-commissie, een vacature, of niet van toepassing (n.v.t.)</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="57"/>
        <source>Member since:</source>
        <translation>Lid sinds:</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="63"/>
        <source>When the member took the place; leave empty when it is not known</source>
        <translation>Wanneer het lid de plaats innam; leeg laten als dat niet bekend is</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="68"/>
        <source>Member until (inclusive):</source>
        <translation>Lid tot en met:</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="74"/>
        <source>The membership&apos;s last day when it is known beforehand; leave empty while it goes on</source>
        <translation>De laatste dag van het lidmaatschap als die vooraf bekend is; leeg laten zolang het doorloopt</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="79"/>
        <source>Order:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="85"/>
        <source>Where the committee appears in the overview</source>
        <translation>Waar de commissie in het overzicht staat</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="92"/>
        <source>Notes:</source>
        <translation>Opmerkingen:</translation>
    </message>
    <message>
        <location filename="../../ui/vng_committee.ui" line="98"/>
        <source>For example why the place is vacant and when it will be filled</source>
        <translation>Bijvoorbeeld waarom de plaats vacant is en wanneer die wordt ingevuld</translation>
    </message>
</context>
<context>
    <name>YearPlanForm</name>
    <message>
        <location filename="../../ui/year_plan.ui" line="15"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="21"/>
        <source>Year: *</source>
        <translation>Jaar: *</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="33"/>
        <source>Title: *</source>
        <translation>Titel: *</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="43"/>
        <source>Adopted on:</source>
        <translation>Vastgesteld op:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="53"/>
        <source>Adopted by:</source>
        <translation>Vastgesteld door:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="59"/>
        <source>e.g. DB VGG</source>
        <translation>bijv. DB VGG</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="64"/>
        <source>Signed by:</source>
        <translation>Ondertekend door:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="75"/>
        <source>Introduction and vision</source>
        <translation>Inleiding en visie</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="81"/>
        <source>Introduction:</source>
        <translation>Inleiding:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="94"/>
        <source>Vision:</source>
        <translation>Visie:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="108"/>
        <source>Core values</source>
        <translation>Kernwaarden</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="114"/>
        <source>Core values:</source>
        <translation>Kernwaarden:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="127"/>
        <source>Choose a core value to change its title and text below</source>
        <translation>Kies een kernwaarde om hieronder de titel en tekst te wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="160"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="170"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="137"/>
        <source>Add core value</source>
        <translation>Kernwaarde toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/year_plan.ui" line="143"/>
        <source>Remove core value</source>
        <translation>Kernwaarde verwijderen</translation>
    </message>
</context>
</TS>
