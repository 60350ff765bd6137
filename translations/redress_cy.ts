<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>Action</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionOutcome</name>
    <message>
        <source>The clock has stopped until the case is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %n working day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extended to %1 (%n working day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the Ombudsman: enquiry %1 is open and linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the Ombudsman.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentCommand</name>
    <message>
        <source>Attach files to a case (kept in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the files attached to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of a file attached to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a file from a case, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s number (shown by &quot;attachment list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the file is removed (kept in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the files are, as the case shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the audit trail names (default: your login; on a team server always the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case with --case REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file with --id NUMBER (&quot;attachment list&quot; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the file is removed with --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is not attached to %2; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, larger than the %3 a file attached to a case may be (an administrator sets this). Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 to %2 as file %3 (%4, SHA-256 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files are attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed file %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The largest file that can be attached must be more than nothing; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file that can be attached changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case number %1; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to attach needs a name; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, larger than the %3 a file attached to a case may be (an administrator sets this under Administration). Nothing was attached to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, larger than the %3 a file attached to a case may be (an administrator sets this under Administration). Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attached file number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of &quot;%1&quot; does not match the file that was attached (its SHA-256 differs); restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the file is being removed; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed: %1 (%2), because: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of &quot;%1&quot; could not be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit entry %1 does not follow on from the entry before it: an entry before it was removed or changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 was changed after it was written: its content no longer matches its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can remove personal data from the audit trail (applying retention, undoing an import); ask one to do it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the audit entries of anonymised or deleted cases can have their personal data removed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the database to a file, safely while it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file with --to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (pg_dump custom format; restore it with &quot;redress-cli restore --from FILE&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (cases: %2, schema version %3; checked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankHolidays</name>
    <message>
        <source>New Year’s Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year’s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with &quot;date&quot;, &quot;title&quot; and &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date is missing (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date &quot;%2&quot; is not a real date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: title is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind is missing (expected &quot;added&quot; or &quot;removed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind &quot;%2&quot; is not &quot;added&quot; or &quot;removed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with an &quot;adjustments&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: date &quot;%2&quot; is already given in entry %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>Received in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint stages requested, or other cases received, between the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded to in the period, or withdrawn or closed in the period without a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at any time in the period: started by its last day and not concluded before its first day (carried forward plus received; concluded plus ongoing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward into the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started before the period and not concluded when it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing at the period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by the last day of the period and not concluded by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose deadline fell between the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated on each row or column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows or columns count on different bases; each says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures an administrator entered for the financial year, beside counts of cases received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (was due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement agreed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response date not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extended to %1 (%n working day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended to %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseExporter</name>
    <message>
        <source>The export was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written in full: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFieldEdit</name>
    <message>
        <source>Give the date the case was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter cannot have arisen (%1) after the case was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date %1 is after stage 1 was acknowledged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed: give the reason for changing its dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details changed. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councillor enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman (LGSCO) enquiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseKindStore</name>
    <message>
        <source>A kind of feedback needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in kind already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a kind called &quot;%1&quot; already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response clock of &quot;%1&quot; must be 0 (none) to 365 working days, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference prefix &quot;%1&quot; must be two to four letters, such as CR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference prefix %1 is taken by another kind; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of the council&apos;s with the code &quot;%1&quot;; built-in kinds cannot be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot; renamed &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of the council&apos;s with the code &quot;%1&quot;; built-in kinds cannot be retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot; retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot; offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no response clock, so it cannot have extended days; give it a clock first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended clock of &quot;%1&quot; must be more than its %2 working days and at most 365, not %3 (0 for no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of the council&apos;s with the code &quot;%1&quot;; built-in kinds cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of &quot;%1&quot; can be kept 1 to 100 years after closure (0: as long as its report group&apos;s), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days, %2 extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after closure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as its report group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference prefix %1, now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock %1, now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1, now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted as %1, now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind &quot;%1&quot; changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The reference %1 is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reopen it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with the reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant of this case is no longer in the database; reopen the case. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else (perhaps on another of their cases) since you opened this case. Reopen it to see the change, then make yours again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you saved; reopen the case to see the change. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 on %4 since you opened it. Reopen it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRestrictCommand</name>
    <message>
        <source>Restrict a case to named people, or lift the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login who may see the case (give --to once for each). You are always included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction: everyone may see the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s reference, e.g. CP-2020-00042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --to LOGIN (once for each person) or --lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: everyone may see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restricted to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRestriction</name>
    <message>
        <source>%1 is not a current user of Redress, so case %2 cannot be restricted to them; nothing was changed. Users are listed under Administration › Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lead officer or an administrator can restrict a case or lift a restriction; %1 is signed in as an officer. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted: everyone may see the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSections</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseShowCommand</name>
    <message>
        <source>Show one case in full, with its deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s reference, e.g. CP-2020-00042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter arose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, advocate offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, advocate offered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (was due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 working days, agreed %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (working days taken: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, due %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGSCO reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not complied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the Ombudsman as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), due %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Stage %1 extended to %2 working days (agreed %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to stage %1, requested %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 outcome: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline recomputed (%1): %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be given the action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge %1 before recording a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended: resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stage %1 response before you %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 has been responded to; there is no deadline left to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 (%2) is before the case was received (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the case was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the procedure for this complaint: children&apos;s statutory or corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only complaints follow the statutory or corporate procedure; a %1 does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter cannot have arisen (%1) after the complaint was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of the %2 cannot be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 already allows %2 working days; an extension must allow more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 allows stage %2 to be extended to at most %3 working days, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the complainant agreed to the extension, or was told of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone cannot come before the stage was requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel&apos;s report cannot come before the panel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stage; it was not logged through Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot be acknowledged before it was requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the officer, the responding manager, the investigating officer or the independent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the suspension (court proceedings, a police investigation, waiting for consent…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot resume (%1) before it was suspended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response cannot come before the stage was requested (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the review panel and its report before the council&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a finding on each point of complaint, or choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no stage %2: refer the complainant to the Ombudsman instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stage %1 outcome before escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for stage %1 (%2) cannot come before the stage %3 response (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for stage %1 came %2 working days after the stage %3 response; the %4 allows %5. Give a reason to accept it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be reopened (%1) before it was closed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome before closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot close (%1) before its response (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not as the findings give: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesListCommand</name>
    <message>
        <source>List cases, soonest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open cases whose next deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (an array of objects) instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure/stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database and every case for damage and contradictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1 (cases checked: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found (cases checked: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First recompute the stored deadlines of every open case from the current calendar and timescales (audited), then check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redress-cli check --fix-deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines recomputed: %1 of %2 open cases changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry/entries had personal data removed (retention or an undone import); the chain still holds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeAssessmentCommand</name>
    <message>
        <source>A year&apos;s self-assessment against the Complaint Handling Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an item of a year&apos;s self-assessment against the Complaint Handling Code, or the governing body&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year, e.g. 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the self-assessment as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to record (code-assessment show lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complies, partly or does_not_comply; none clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the evidence, or what is being done about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governing body&apos;s response to the year&apos;s report (replaces the one recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the financial year with --year, e.g. --year 2026/27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an --item with its --compliance, or a --response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment has no item &quot;%1&quot;; code-assessment show lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --compliance complies, partly, does_not_comply or none for the item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compliance and --explanation need the --item they are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment for %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint Handling Code self-assessment, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governing body&apos;s response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeAssessmentStore</name>
    <message>
        <source>Only a lead officer or an administrator can change the Complaint Handling Code self-assessment; %1 is signed in as an officer. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no financial year %1 to assess: choose one from %2 to %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Complaint Handling Code self-assessment has no item &quot;%1&quot;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint Handling Code self-assessment for %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeChecklist</name>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We use the Code&apos;s definition of a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We tell a service request from a complaint, and a dissatisfied request becomes a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility and awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People can complain in several ways, in person, by telephone, in writing and online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We make reasonable adjustments for those who need them and keep a record of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our complaints policy and this self-assessment are published where people can find them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint handling staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named person leads complaint handling with the access and authority to resolve complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who handle complaints are trained and given the time to do it well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint handling process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our process has two stages, with no extra steps before or between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each complaint is acknowledged within five working days, saying what we understand it to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep a full record of each complaint, its handling and its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We respond within 10 working days, extending by no more than 10 with an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response answers every point and says how to take the complaint further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We respond within 20 working days, extending by no more than 20 with an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 is considered by someone not involved at stage 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting things right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where something went wrong we put it right and offer a proportionate remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We follow through what we promised and tell the complainant when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment, reporting and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We publish an annual complaints performance and service improvement report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We assess ourselves against the Code each year and after any significant change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We comply with the Ombudsman&apos;s recommendations on time and report on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny and oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of the governing body is responsible for complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governing body considers the annual report and publishes its response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from complaints is reported to the governing body and acted on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCompliance</name>
    <message>
        <source>Complies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly complies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not comply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeReport</name>
    <message>
        <source>Complaint Handling Code: annual complaints performance and service improvement report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints at each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% within timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage of each procedure in the year: complaints received at the stage, those concluded (responded to, or withdrawn or closed without a response), those responded to, and of those the responses sent within the stage&apos;s own timescale (extended where an extension was agreed), as the annual report&apos;s stage breakdowns and timescales table count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service improvements from complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning actions implemented in the year (completed between its first and last day), with what was done and the theme it was recorded under; the learning table before it counts every action by theme and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment against the Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section and requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s own assessment for the year of how far it complies with each section of the Ombudsman&apos;s Complaint Handling Code, as the complaints manager recorded it, with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governing body&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response of the council&apos;s governing body to this report and to the self-assessment, as recorded for the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeReportCommand</name>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Complaint Handling Code&apos;s annual complaints performance and service improvement report for a financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year, e.g. 2026/27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, html, pdf or odt (default: json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (json and html: standard output if not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the --out file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the financial year with --year, e.g. --year 2026/27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 report needs a file: add --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redress-cli was built without the desktop libraries, so it cannot write %1. Use --format html, or the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The SQLite database file (default: the desktop app&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database instead: postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;redress-cli %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: redress-cli %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --db or --db-url, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed without a reason being given. Run &quot;redress-cli check&quot; to see whether the database is sound, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Usage: redress-cli [--db PATH | --db-url URL] COMMAND [options]

Redress, complaints case management, from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;redress-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options (before or after the command):
  --db PATH      The SQLite database file (default: %1)
  --db-url URL   A PostgreSQL database: postgresql://user@host:port/database
  --verbose      Add the debug messages to the log file (redress-cli.log)
  -h, --help     Show this help
  --version      Show the version

Run &quot;redress-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 done; 1 failed or refused, with nothing changed; 2 the command line was wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintLookup</name>
    <message>
        <source>No complaint has the reference %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilIdentity</name>
    <message>
        <source>%1 is empty: a logo must be a PNG, JPEG or SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 KB: a logo may be at most %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG picture: save the logo as one of those</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s name is %1 characters long: it may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilKindSettings</name>
    <message>
        <source>the response clock of &quot;%1&quot; changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilSetCommand</name>
    <message>
        <source>Set the council&apos;s name and logo for report covers (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s name, as the cover gives it (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo: a PNG, JPEG or SVG file of at most %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the logo off the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --name, --logo or --no-logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --logo or --no-logo, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council&apos;s name and logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report covers name no council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report covers name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: %1, %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilShowCommand</name>
    <message>
        <source>Show the council&apos;s name and logo on report covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>&amp;Import a spreadsheet log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject access request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 was written by a newer version of Redress (schema version %2; this version understands up to %3). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a Redress one (it has tables of its own and no Redress schema version); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged schema version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Redress database at %1; create one with &quot;redress-cli init&quot;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it; try again when it has finished. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it, its folder or one of its working files (%2-wal, %2-shm) is read-only, perhaps left by another user or a program that stopped. Make them writable by you (or, with every Redress program closed, remove the -shm file) and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Redress database (it is not a SQLite database file, or it is damaged); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: it is damaged or incomplete (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change to the same records collided with this one twice, so it was not saved; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is changing the same records (an import, perhaps) and they did not come free within %1 seconds; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database took longer than %1 minutes over this and stopped it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database after the host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCommand</name>
    <message>
        <source>Work out a stage&apos;s response deadline from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure profile: statutory, corporate, concern, mp_enquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage number: 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the clock starts, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the longest extension the stage allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the procedure with --procedure CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the stage with --stage N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the clock starts with --from YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage needs a stage number such as 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no stage %2 (its stages are 1 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of the %2 has no response deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRefresh</name>
    <message>
        <source>Deadlines of open cases recomputed (%1): %2 of %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineStanding</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultLetters</name>
    <message>
        <source>Our reference: {{case.reference}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{officer.name}}
Complaints officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your complaint, which we received on {{case.received}}. We have recorded it under the reference {{case.reference}}; please quote it if you contact us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint is about: {{case.summary}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will look into it and send you a full response by {{stage.due}}. If we need more time we will tell you why, and the new date, before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have any questions in the meantime, please contact me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of the response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># More time to respond to your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We told you that we would respond to your complaint by {{stage.due}}. We need more time to do this properly: {{stage.extensionReason}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will now send you our response by {{stage.extendedDue}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am sorry for the delay. If you would like to talk about this, please contact me. You can also contact the Local Government and Social Care Ombudsman (www.lgo.org.uk, 0300 061 0614) if you are unhappy with how long this is taking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Our response to your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is our response to the complaint you made on {{case.received}}, reference {{case.reference}}. {{stage.manager}} has looked into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we found about each part of your complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall, your complaint was: {{stage.outcome}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we will do to put things right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># If you are not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The independent investigation of your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint, reference {{case.reference}}, has been investigated at stage 2 of the complaints procedure. This letter gives the council&apos;s response to the investigation, from {{stage.manager}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the investigation found about each part of your complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The review panel&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review panel considered your complaint, reference {{case.reference}}. This letter gives the council&apos;s response to the panel&apos;s recommendations, from {{stage.manager}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the panel found about each part of your complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># If you are still not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement (young person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># We have got your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us you are unhappy. We got your complaint on {{case.received}}. Its number is {{case.reference}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are going to look into it. We will write to you again by {{stage.due}} to tell you what we found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can have an advocate to help you: someone who is on your side and can help you say what you think. Ask me and I will arrange one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have questions, you can contact me at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 response (young person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># What we found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your complaint, number {{case.reference}}. {{stage.manager}} has looked into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what we found about each thing you told us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we are going to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># If you are still unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is OK, and you can tell us. {{rights.next}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An advocate can help you do this. Ask me and I will arrange one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultLocation</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the database %1 to %2: %3. Redress goes on using it where it is; close every copy of Redress and start it again to move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Add invented demo cases of every kind, with their histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases to add (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial years they span, ending with this one (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed and day give the same cases (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many cases to add with --cases N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases needs a whole number from 1 to 10000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years needs a whole number from 1 to 30, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 of %2 cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cases added to %1: %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Ask for at least one demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cases can span 1 to 30 financial years, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 demo cases; the %1 already saved were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data stopped after %1 of %2 cases (those were kept): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no teams to give the demo cases; add service areas and teams first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case, invented by the demo data generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about a complaint made straight to the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo referral to the Ombudsman, enquiry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataTask</name>
    <message>
        <source>Creating demo cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export every field of the cases received in a period to CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --format csv or --format xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 cases to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Redress database on this computer yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo database holds invented cases to try Redress out; nothing in it is real. An empty database is for real work on this computer alone. A team shares one database on a PostgreSQL server: your IT team can tell you its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s database, as postgresql://host:port/database. You sign in with your own login next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCell</name>
    <message>
        <source>expected a date such as 31/01/2021, 31-Jan-21, 31 January 2021 or 2021-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: there is no day %2 in month %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import a legacy complaint log (CSV, XLSX, ODS, XLS), all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet to import (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping file (docs/import-mapping.md); without one the mapping is guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping used (or guessed) to a file, to confirm, edit and reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read, no problems; %3 would be imported, %4 are already there (dry run: nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read; %3 cases imported as batch %4, %5 already there and skipped (undo with &quot;redress-cli import undo %4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the --save-mapping file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every problem, one line per cell, instead of grouping the same problem in many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 rows read, %3 problems of %n kind(s); nothing was imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Would add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the teams, list values and kinds of feedback the log has and Redress does not, as part of the import (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add %1 to the case in Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the case in Redress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDetails</name>
    <message>
        <source>the %1 &quot;%2&quot; is not a known code (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON list as Redress exports it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of the list must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team &quot;%1&quot; is not a known team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suspension is at stage %1, which the case does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suspension has no &quot;from&quot; date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suspension ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning action status &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>%1 is not a Redress import mapping (its &quot;format&quot; is not &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a mapping of version %2; this Redress reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;headerRow&quot; must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;dateOrder&quot; must be &quot;dmy&quot; or &quot;mdy&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names no Redress field &quot;%3&quot; (see docs/import-mapping.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is not valid JSON: %2 (at character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;encoding&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;when&quot; entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;column&quot; (a heading) and &quot;is&quot; (its values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;stageSuffix&quot; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>Remove every case one import batch added, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch %1 undone: %2 cases removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (expected Y, N, Yes, No, TRUE, FALSE, 1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping expects a column headed &quot;%1&quot; for %2, and row %3 has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to %1, and the mapping gives no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to the source reference (or the reference), which re-imports are matched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 is also on row %2; each case must be on one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the case&apos;s reference: re-imports are matched on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the kind (complaint, concern, compliment…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the procedure of this complaint: statutory or corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the date the case was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link (expected kind:REFERENCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a complaint has a stage %1; a %2 has one stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 has details but no date it was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 is given, but not stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure has no stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of the %2 cannot be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension of stage %1 of the %2 allows more than %3 and at most %4 working days in total, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was responded to but has no outcome; give one, or a default for the column in the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is %1 but has no closed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was withdrawn: give the date in the closed column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage %1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was requested, but stage %2 has no response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage %1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping turns &quot;%1&quot; into &quot;%2&quot;, which is not a known value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct the mapping&apos;s &quot;values&quot; for &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map it to a known value in the mapping&apos;s &quot;values&quot; for &quot;%1&quot;, or add it to Redress (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map it to a known value in the mapping&apos;s &quot;values&quot; for &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping&apos;s &quot;when&quot; tests a column headed &quot;%1&quot;, and row %2 has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a team, not a service area; map the column to the team, or give the team&apos;s service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case cannot be re-opened %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended in the imported log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-opened, as the imported log says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportVocabulary</name>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman (LGSCO)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no rows below the headings to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2, where the mapping expects the headings, is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the linked case %1 is neither in this file nor in Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, row %2 (batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 cases from %2 (SHA-256 %3) as batch %4; %5 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch %1 (%2) has already been undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by undoing import batch %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import batch %1 (%2): %3 cases removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and the same problem in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and the same problem in %1 more rows, from row %2 to row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and one more problem of another kind, not listed; fix those above and check again to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more problems of other kinds, not listed; fix those above and check again to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and one more problem of another kind, not grouped; fix those above and check again to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more problems of other kinds, not grouped; fix those above and check again to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress&apos;s %1 values are fixed: map &quot;%2&quot; to one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added but cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data removed from the audit trail of import batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left empty, as the mapping says: %1 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (a kind of feedback of the council&apos;s own: reference prefix %3, no response clock, counted as other feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has reached stage %2 since import batch %3 added its stage %4; take that stage off the case first. Nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 removed by undoing import batch %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages %1 to %2 removed by undoing import batch %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which this row follows, is not a complaint (%2): only a complaint has a stage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was closed at stage %2 on %3, past the stage %4 of this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at stage %2 already, past the stage %3 of this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has its stage %2 already (asked for on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stage %2 for this row&apos;s stage %3 to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of %2 has no response in Redress yet: record it there, then import this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was asked for on %2, before the stage %3 response of %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure of %1 has no stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of %2 (row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages %1 to %2 of %3 (row %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 added from %2, row %3 (batch %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of %2 has neither its stage 1 nor its stage 2 in the log or in Redress; give the row of its stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 belongs to a case you may not see (it is restricted to named people), so this row cannot be imported under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone named on that case can import this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a database, or upgrade one to this version&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given an investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given an independent person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given an agreed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given the investigator&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heard by a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given the panel&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a %3 row that is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown kind, procedure or state (%1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its current stage is recorded as %1 but its last stage is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 has no requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was %2 (%3) before it was requested (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was %2 on %3, which is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1&apos;s panel report (%2) is before the panel (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 has a suspension that ends (%2) before it starts (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no received date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was received on %1, which is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a complaint with no procedure (statutory or corporate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a complaint but follows the %1 procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but has no closed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but has a closed date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was closed (%1) before it was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has stages %1: they should run 1, 2, 3 without a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage 1 was requested (%1) before the case was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 is still suspended although stage %2 has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was requested but stage %2 has no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 was requested (%2) before the stage %3 response (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but stage %2 has been responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is waiting for acknowledgement but stage %1 was acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open but stage %1 was never acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is responded but stage %1 has no response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is closed but stage %1 has no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is suspended but stage %1 has no running suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 but stage %2 has a suspension with no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 follows the procedure profile &quot;%2&quot;, which the database does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 is due %2 but the rules give %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its next deadline is %1 but the rules give %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entry in the search index is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names the queue sorts it by are out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>the credential store did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential store could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential store refused it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential store could not forget it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindReportGroup</name>
    <message>
        <source>Other feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other feedback and the enquiries table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindsCommand</name>
    <message>
        <source>List the kinds of feedback, built-in and the council&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kind of feedback of the council&apos;s own (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a kind of the council&apos;s own (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering a kind of the council&apos;s own for new cases (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its cases&apos; reference prefix, two to four letters (made from the name if left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to respond; 0 or left out: no response clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the reports count it: other_feedback (the default) or enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its procedure&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a whole number of working days, 0 for no clock, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--counted-as is other_feedback or enquiry, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the kind &quot;%1&quot; (code %2): references %3-YYYY-NNNNN, response clock %4, counted as %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of the council&apos;s called &quot;%1&quot; (built-in kinds cannot be renamed); &quot;kinds list&quot; shows them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the kind &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of the council&apos;s called &quot;%1&quot; (built-in kinds cannot be retired); &quot;kinds list&quot; shows them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired the kind &quot;%1&quot;: it is no longer offered for new cases; its cases are still shown and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reference prefix, response clock, report group or retention of a kind of the council&apos;s own (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most working days an extension allows in total; 0: no extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response clock (and no extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the reports count it: other_feedback or enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years its cases are kept after closure; 0: as long as its report group&apos;s (comments for other feedback, general enquiries for enquiries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-clock takes no --clock-days or --extended-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report-group is other_feedback or enquiry, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: --prefix, --clock-days (with --extended-days), --no-clock, --report-group or --retention-years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kind of the council&apos;s called &quot;%1&quot; (built-in kinds cannot be changed); &quot;kinds list&quot; shows them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot;: references %2-YYYY-NNNNN (its cases keep theirs), response clock %3, counted as %4, kept %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after closure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as its report group&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deadlines recomputed: %1 of %n open case(s) moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterCommand</name>
    <message>
        <source>Write a letter for a case from a letter template (ODT or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name or title, e.g. acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odt (to edit) or pdf (default: from --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter even though some merge fields have no value (they stay marked in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the audit trail names (default: your login; on a team server always the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the case with --case REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the letter template with --template NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is odt or pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot lay out PDF; write the letter with --format odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These merge fields have no value for %1: %2. Record them on the case, or run again with --allow-missing to leave them marked in the letter. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left without a value (marked in the letter): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1; kept with %2 as file %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplates</name>
    <message>
        <source>There is no letter template &quot;%1&quot;; the templates are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a template&apos;s name: use lower-case letters, digits and hyphens. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a title. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; uses merge fields Redress does not know: %2. Correct them (the user guide lists the fields). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>The letter template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsAddCommand</name>
    <message>
        <source>Add values to a list (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot;; the lists are: %2. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of the %1 list cannot be blank. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the %2 list. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the %2 list (as &quot;%3&quot;). Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the %1 list: &quot;%2&quot; (code %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliment themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman remedy types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsShowCommand</name>
    <message>
        <source>Show the lists (channels, categories, outcomes…), or one list&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot;; the lists are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>If you are still unhappy, you can ask the Local Government and Social Care Ombudsman to look at your complaint. The Ombudsman is free and independent: www.lgo.org.uk, telephone 0300 061 0614.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not satisfied, you can ask for your complaint to be considered by an independent Review Panel (stage 3 of the complaints procedure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not satisfied, you can ask for your complaint to be investigated independently (stage 2 of the complaints procedure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not satisfied, you can ask for your complaint to be looked at again at stage %1 of our complaints procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please tell us by %1 (within %n working day(s) of this response).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The date the letter is produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case reference, e.g. CS-2026-00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the complaint was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s address and postcode, on separate lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name of the (first) child concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name of the (first) child concerned, for a letter to a young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints officer who owns the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the current stage was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the current stage was acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the response of the current stage is due, before any extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the response is due once extended (only when it has been extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the response date was extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the response of the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responding manager of the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point of complaint with its finding at the current stage, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedies agreed at the current stage, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the complainant can do next and by when: the next stage, or the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date to ask for the next stage (when the procedure sets one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestone</name>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the panel by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkLists</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due later this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders: due within your reminder window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting your action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by others since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded: record the outcome, close or escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtPackage</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument text file (.odt): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no content.xml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgUnitAddCommand</name>
    <message>
        <source>the service areas and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedText</name>
    <message>
        <source>The document could not be laid out as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDirectory</name>
    <message>
        <source>No person has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>&quot;%1&quot; is not a financial year (expected e.g. 2020/21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Children&apos;s statutory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureProfile</name>
    <message>
        <source>%1: %2 must be a whole number of working days, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: clockStart &quot;%2&quot; is not one of receipt, acknowledgement, statementAgreedElseRequest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: maxResponseDays %2 is less than responseDays %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: effectiveFrom &quot;%2&quot; is not a real date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stages must be numbered 1, 2, 3 in order; entry %2 is numbered %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profiles[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; has two versions from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no procedure &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of the %1 cannot be added or removed: only the corporate procedure&apos;s can (the statutory stages are set by the regulations, and other kinds of case have one stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 can have 1 to %2 stages, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has %2 stages; a case can have at most %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureSuggestion</name>
    <message>
        <source>Choose the complainant&apos;s role and the team to get a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate: this complainant is not among those the children&apos;s statutory procedure hears (a child, a parent or carer, or someone acting for the child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate: %1 is not a children&apos;s social care function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s statutory: a complaint by or for a child about %1, a children&apos;s social care function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>A %1 needs a code and a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure day needs a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service area or team needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the organisation (portfolio, service, team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portfolio cannot sit inside another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; needs a portfolio to sit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team &quot;%1&quot; needs a service to sit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a username and a display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (officer, lead, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s team is not a team in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username %1 is already taken by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure day %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1: &quot;%2&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1: &quot;%2&quot; changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure day %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescales of %1 from %2 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures for %1 cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank holiday needs a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a bank holiday (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category table counts complaints received or concluded, not &quot;%1&quot;; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report categories counted by default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger point for staff named in complaints is a number of complaints from 1 to 99, not %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point for staff named in complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ombudsman&apos;s national uphold rate for %1 must be from 0% to 100%; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman&apos;s national uphold rate for %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s name was taken off the report cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cover names the council &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and has no logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a new logo (%1, %2 KB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn or closed without a response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The statutory annual report for a financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarterly summary for one quarter of a financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year, e.g. 2020/21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter, 1 (April-June) to 4 (January-March).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial year to compare with (default: the year before), or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only complaints under this procedure: statutory or corporate (default: both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv, html, pdf or odt (default: json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this table (its id, e.g. by_service_area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of the report, the cases behind one figure, as CSV: TABLE/ROW/COLUMN, e.g. outcomes_by_stage/upheld/stage1_count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the financial year with --year, e.g. --year 2020/21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the quarter with --quarter 1, 2, 3 or 4 (1 is April to June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown procedure &quot;%1&quot;: use statutory or corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 report needs a file: add --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no table &quot;%1&quot;; its tables are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This redress-cli was built without the desktop libraries, so it cannot write %1. Use --format html, or the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases-behind takes TABLE/ROW/COLUMN, e.g. outcomes_by_stage/upheld/stage1_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (json, csv and html: standard output if not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the --out file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown basis &quot;%1&quot; for the category table: use received or concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the by_category table counts: received (the categories of complaints received in the period) or concluded (the nature of those concluded in it). Without it, the council&apos;s default set in Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every table in the PDF or ODT: a quarter&apos;s, not only the summary&apos;s few pages; a year&apos;s, with the breakdowns of stage 3 and of the Ombudsman&apos;s enquiries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a quarter, the open complaints from children and young people at the end of the week (Monday to Sunday) holding this day, e.g. 2026-11-30 or 30/11/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a quarter, the same list at the end of a month, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --week or --month, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week and --month choose their own period: leave out --year and --quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week takes a day, e.g. 2026-11-30 or 30/11/2026, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month takes a year and month, e.g. 2026-11, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>The CSV file could not be written in full (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be laid out as an OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document format &quot;%1&quot;: use pdf or odt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEngine</name>
    <message>
        <source>%1 complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (statutory and corporate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received at stage 1, by how they reached the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From children and young people (themselves or through an advocate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received at stage 1, by the complainant&apos;s role. The last two rows are part of the total, not added to it: children and young people are those whose role is child or young person, care leaver or advocate; with an advocate means an advocate was provided to the complainant or to a child concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by service area and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld or partially upheld, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at stage 1, by the team the case is recorded against (teams are level-1 rows adding up to their service area). Received counts those received in the period; concluded, upheld and upheld rate count stage 1 responses in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points upheld or partially upheld at stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by the child&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received at stage 1, by the status of each child concerned when the complaint came in. A complaint about several children counts once under each of their statuses, so the complaints column does not add up; the children column does. Complaints about no recorded child count under &quot;Not recorded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area, and who sent them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments received in the period: first by service area, then by who sent them (the role recorded for the sender). Each part adds up to the same total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councillor enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman (LGSCO) enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures by kind and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint stage counts when it was requested (stage 1: when the complaint was received); other kinds count when they were received. The rows are not added up: a complaint that went to stage 2 counts at both stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases worked on, carried forward, received, concluded and ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last seven years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same quarter in each of the last seven years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each financial year, 1 April to 31 March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four quarters of %1: April-June, July-September, October-December, January-March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns and enquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded to within the timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of those concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the timescale: responded to by the kind&apos;s own deadline (concerns 5 working days, enquiries 10 by default), as a share of those concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 complaints received in the period per 1,000 children in the area, per 1,000 open cases, and (complaints about a child in care) per 1,000 children in care; divide by 1,000 for complaints per child in care. The figures are those entered for the financial year; a quarter&apos;s complaints are divided by the year&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman (LGSCO) decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injustice found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council had already provided a satisfactory remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiries decided in the period, by the Ombudsman&apos;s decision (older decision categories still report under their own names). Enquiries received, worked on and ongoing are in the headline and caseload tables. Compensation recommended is the total of the recommendations&apos; amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman recommendations complied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with late, by the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complied with by the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ombudsman&apos;s recommendations whose due date fell in the period, and whether the council complied by then (on time: on or before the due date). Counts are of recommendations; drill-down gives their enquiries. The amount of those complied with is the compensation paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints under both procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concluded at each stage in the period (responded to, or withdrawn or closed without a response), by the stage&apos;s outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded at the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: to the Ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stage %2 to stage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the stages concluded in the period, how many went on to the next stage (at any time up to the day the report is produced), and the share. The Ombudsman row starts from complaints whose last stage concluded in the period. Requests received counts the next stage&apos;s requests in the period (Ombudsman: enquiries linked to a complaint of that procedure). The rows are successive steps and are not added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-opened complaints and repeat complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 complaints concluded and re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 complaints concluded and re-opened more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 complaints received from someone who had complained before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies recorded at a complaint stage concluded in the period. One complaint can have several remedies, so the complaints column does not add up. The amount is financial remedies the council offered; compensation the Ombudsman recommended is in ombudsman_recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning actions recorded against cases of any kind whose latest stage concluded in the period, by theme and by their status now. A case can have actions in several themes, so the cases column does not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report for %1: choose a financial year from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2: choose a financial year from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with another year, not with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no quarter %1: quarters run 1 (April-June) to 4 (January-March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs a period with a first and a last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; could not be counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report has no table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no row &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure in row &quot;%1&quot;, column &quot;%2&quot; of &quot;%3&quot; is not a count of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no team recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescales by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage and timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which met their own deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which missed their own deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every step within its timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: within %2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside %2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: withdrawn or closed without a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: panel held within %2 working days of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: panel&apos;s report within %2 working days of the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: response within %2 working days of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ongoing at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average working days to respond, by service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 average days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 average days, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All service areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses sent in the period at each stage: the mean of the working days from each stage&apos;s clock start (receipt; statutory stage 2 the agreed statement; corporate stages under the Complaint Handling Code the acknowledgement) to its response, less suspensions. Totals are means of all responses, not of the rows&apos; averages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received or requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaint, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on = carried forward + received = concluded + ongoing. Concluded means responded to, or withdrawn or closed without a response. Overdue: ongoing at the end of the period and past the stage&apos;s next deadline as it stood then (its acknowledgement, response or panel step; extended, less suspensions). The rows are not added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases still open at the end of the period whose next deadline (the acknowledgement, the response or, at a review panel, the next step) was due before that day, as things stood then, most overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 at stage 1. A complaint can have points in several categories: the points add up to the total number of points, but a complaint is counted once in each category it has a point in, so the complaints column does not add up, and its percentages (of all those complaints) can total more than 100. Complaints with no points recorded count under &quot;Not recorded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concluded (responded to, or withdrawn or closed without a response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman (LGSCO) decisions on the enquiries received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiries received in the period, by the decision recorded on them when the report was produced, whenever it was made; enquiries not decided yet are counted apart. The ombudsman table counts decisions by the date they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of those re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation on complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints with a financial remedy agreed in the period (or, where no date of agreement is recorded, answered in it), and the amounts, by the stage that agreed them. A complaint compensated at two stages counts at each, and once in the total. Compensation the Ombudsman recommended is in the Ombudsman tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 complaints, statutory and corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every headline line against the period compared with: the difference in number and as a percentage of the earlier figure. Counted as the headline table counts them (on receipt); the first line adds stage 1 of the statutory and corporate procedures together. The lines are not added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category table counts complaints received or concluded in the period, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy for children in statutory complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the child, and advocacy provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total with an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in children&apos;s statutory complaints received at stage 1: by each child&apos;s status when the complaint came in, whether an advocate was offered and whether one was provided; then by the organisation that provided the advocate. A complaint about several children counts each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which matched to an earlier complaint of the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which recorded as a previous complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row states its basis. Re-opened: the complainant came back about the same complaint and it was re-opened (at any time up to the report); those re-opened more than once are given as a share of those concluded and of those re-opened. Repeat: the complainant had an earlier complaint of either procedure, received before this one: matched on the person record, or recorded on the case as a previous complaint (as a log without complainants&apos; names records it); a complaint that is both is counted once. Re-openings include those recorded only as a number of times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, by complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, by service area and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward from before the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded, by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which the response was extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which responded to after the stage&apos;s own deadline (extended where agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload, outcomes and who complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the complaints received, with an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first the caseload (carried forward and received make those worked on; concluded and ongoing are part of them); then what concluded in the period, by outcome, with the responses extended and those after their own deadline; then what was received in the period by complainant and by service area and team (teams add up to their service area); last, the complaints received about a child of each status (a complaint about several children counts under each of their statuses, so these rows do not add up) and those with an advocate. Each row states what it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints acknowledged within timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage and acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: acknowledged within %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: acknowledged later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint stages received in the period, by whether they were acknowledged within the working days their procedure allows (the regulations give statutory complaints 2; the Complaint Handling Code gives corporate ones 5), later, or not at all by the day the report was produced. Each stage is measured under the procedure in force when it began; the labels give the procedure in force at the end of the period. % is a share of those received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy for children&apos;s own complaints, year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% with an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints children and young people made at stage 1 (themselves, as care leavers or through an advocate), in each of the last seven years: how many were offered an advocate (the complainant or a child concerned), and how many had one, each as a share of the children&apos;s complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which about a child in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and young people, % of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and young people are complainants recorded as a child or young person, a care leaver or an advocate; of which about a child in care: those whose complaint concerns a child recorded as in care. Adults are every other complainant whose role is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s complaints beside adults&apos;, by service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received at stage 1, by service area and team and by who made them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s complaints beside adults&apos;, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received at stage 1, by the categories of their points and by who made them. A complaint with points in several categories counts once in each, so the rows do not add up to the total; complaints with no points recorded count under &quot;Not recorded&quot;. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s complaints beside adults&apos;, by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints concluded at stage 1 in the period (responded to, or withdrawn or closed without a response), by outcome and by who made them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints from children and young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints still open at the end of the period whose complainant is a child or young person, a care leaver or an advocate for one, oldest first, with the next deadline as things stood that day. No names are given: open a case to see who it is about. A restricted case is listed only for those it is open to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments received in the period, by the team they were about within its service area; the teams add up to their service area and the service areas to the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments received in the period, by what they were about (the theme recorded on the compliment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments that may be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliments received in the period whose senders agreed they may be quoted, in their words, for the report&apos;s appendix; never those of a restricted case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality monitoring: complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarters of %1 up to and including Q%2, the total being the year to date (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each learning action recorded against a case whose latest stage concluded in the period (the actions the learning table counts), by theme and due date, with its status now and, where it was not implemented, why. Actions on restricted cases are counted in the learning table but not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman investigations upheld, beside the national rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% upheld nationally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiries decided in the period after a detailed investigation (upheld, including fault found without injustice, or not upheld; not those closed after initial enquiries or referred back), those upheld and their share, beside the share the Ombudsman upheld nationally that year as an administrator entered it (Administration, Year figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types of remedy the Ombudsman recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended in decisions of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ombudsman&apos;s recommendations, by type of remedy, counted by the date of the decision that made them, as the decisions table counts decisions; a decision with several recommendations counts each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 complaints by portfolio and service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio and service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld, % of received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the extended timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside timescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 complaints received in the period, and those concluded in it by outcome, timescale and average working days to respond, by portfolio and the service areas in it. A complaint counts under the service area of each team its points name (a point naming no team, or a complaint without points, under the case&apos;s own service area), so one naming teams in two service areas counts in both and once in the total. Upheld as a share of received divides the upheld complaints concluded in the period by those received in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remedy recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies given on upheld complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld or partly upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint responses upheld or partly upheld in the period, by the remedies recorded at that stage taken together (an explanation and an apology is one line, not two), and each as a share of those upheld. A complaint upheld at two stages counts at each. &quot;No remedy recorded&quot;: upheld with no remedy recorded at that stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints in context, by service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 complaints received in the period by the service area they count under, per 1,000 of the service&apos;s open cases and per 1,000 of the contacts it took, from the figures entered for the financial year in Administration (blank where none were entered). A quarter&apos;s complaints are divided by the year&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff named in complaints in the 12 months to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints naming any member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints whose stage 1 was requested in the 12 months to %1, for each member of staff they name. The same name and job title, ignoring capitals and spaces at either end, is one person. &quot;Reached&quot; marks those named in %2 or more, the trigger point set in Administration. A complaint naming several people counts once for each, and once in the total. Shown to leads and administrators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Named in %n complaint(s) in 12 months: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%, %1, of responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: of which responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages concluded in the period, by working days from the clock start to the response (less suspensions), in the bands of the procedure in force at the end of the period; each stage is measured under its own profile. Extended: an extension was agreed. Own deadline: the stage&apos;s deadline with its extension and suspensions. The review panel&apos;s steps are shown below its total and can overlap. Ongoing is not part of the total. Two shares are given: %, of every stage concluded (withdrawn and closed without a response included); % of responses, of those responded to only, as many councils publish them. The council&apos;s own kinds with a response clock follow, each in the bands of its clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received at stage 1, by what the complainant told the council of their age band, ethnicity and disability, each as it was recorded. Every complaint counts once in each section; &quot;Not recorded&quot; is a complaint whose complainant gave nothing (or has no person record); a complainant on a restricted case is counted by what was recorded, whoever runs the report. Small numbers are shown as they are: suppress them before publishing if the council&apos;s policy asks it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Complaints and compliments: quarterly summary, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and compliments: annual report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints under the %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced on %1 from the case records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(compared with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued, %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary of the period here: the main changes, what was learnt and what the service will do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints from children and young people, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the commentary on %1 here, or delete this paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <source>Of complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of complaints responded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category table counts complaints received or concluded in the period, not &quot;%1&quot;; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>£%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database with a backup, keeping the current one aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file made by &quot;redress-cli backup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database that is there (it is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup with --from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; name the backup to restore with --from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in %1 (a copy is kept beside the backup first). Add --force to go ahead; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; what it held before is kept in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a database at %1. Restoring replaces it (it is kept aside under a dated name first): add --force to go ahead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2 (cases: %3, schema version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the team&apos;s database on a PostgreSQL server (%1). Restoring it replaces everyone&apos;s work and needs everyone signed out, so it is a job for the database administrator, with &quot;redress-cli restore&quot; (which uses pg_restore): see &quot;Backup and restore&quot; in the documentation. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress backups (*.bak *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database that is open, not a backup of it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be restored: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in the database %1 with the backup %2, which holds %n case(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it is now is first kept beside it as %1.before-restore-DATE-TIME, so nothing is lost. Open cases are closed. Redress must be closed on every other computer that uses this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the database could not be opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Redress and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n case(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>kept %n year(s) after closure, to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cases past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Personal data removed from the audit trail of %n case(s) past retention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention schedule applied: %n case(s) anonymised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n document(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) kept with these cases will be removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (restricted case: details not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restricted case past retention deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restricted case past retention anonymised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionAction</name>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionCommand</name>
    <message>
        <source>List (--dry-run) or anonymise and delete (--apply) the cases past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cases past retention today and why; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise or delete them as the schedule says, in one audited transaction (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: --dry-run to list, or --apply to act (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule (on %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases are past retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n case(s) past retention; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n case(s) anonymised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; personal data removed from %n audit entry/entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n document(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSchedule</name>
    <message numerus="yes">
        <source>%1: delete %n year(s) after closure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: anonymise %n year(s) after closure</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The retention schedule has two lines for %1; keep one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be kept for %2 years: give 1 to %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>There is no schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed, and it was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSetupCommand</name>
    <message>
        <source>Set up a PostgreSQL database for a team: roles, schema and rights (for a DBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PostgreSQL database with --db-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set up for a team: its tables belong to %2; add each person with &quot;redress-cli --db-url URL users add NAME --role officer|lead|admin&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSignIn</name>
    <message>
        <source>The passwords remembered on this computer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password remembered on this computer for %1 was refused: it may have changed. Type the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for a password for %2, and none is remembered on this computer. Sign in once where you can type it (the desktop app, or redress-cli in a terminal) and ask for it to be remembered, or ask your IT team about signing in with Kerberos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your login for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login %1 with that password. Check both (is Caps Lock on?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password could not be remembered on this computer, so you will be asked for it next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 signs %2 in with Kerberos, and this computer has no Kerberos ticket the server accepts. On Windows, sign in to the computer with your council account; elsewhere, run kinit. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceAreasAddCommand</name>
    <message>
        <source>Add a service area to a portfolio (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio the service area is in, by name (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the service area&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portfolio &quot;%1&quot;; the portfolios are: %2. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a service area &quot;%1&quot;. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area &quot;%1&quot; added to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceFigures</name>
    <message>
        <source>A service area&apos;s figures for %1 cannot be negative; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service areas&apos; figures for %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Only an administrator can change %1; %2 is signed in as %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar or timescales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists, teams, users, the calendar or timescales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shares its database connection and cannot let go of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest file that can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kinds of feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: no id returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffThresholdCommand</name>
    <message>
        <source>Show, or set (an administrator&apos;s change, audited), how many complaints in 12 months naming one member of staff bring them to the leads&apos; attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trigger point: give a number of complaints from 1 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads and administrators see the staff named in complaints and their trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trigger point for staff named in complaints: %n complaint(s) in 12 months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the trigger point for staff named in complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trigger point for staff named in complaints set to %n complaint(s) in 12 months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageDateEdit</name>
    <message>
        <source>acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: the %2 date %3 is before the %4 date %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: the %2 is not recorded yet; record it with its action, which also moves the case on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: give the %2 date; a recorded date can be corrected but not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: the %2 date %3 is before the stage was requested (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: the %2 date %3 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: no date was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: give the reason for correcting its dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 dates corrected. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageRows</name>
    <message>
        <source>&quot;%1&quot; is not a stage Redress knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map it in the mapping&apos;s &quot;values&quot; for &quot;stage&quot; to 1, 2, 3 or lgsco (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is stage %2 of the same complaint (%3); each stage of a complaint is on one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of %2 has neither its stage 1 nor its stage 2 in the log; give the row of its stage 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of staff named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lead officer or an administrator can answer a subject access request; %1 is signed in as an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1 in this database (the number is shown beside the complainant in a case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Subject access package written for person %1 (%n case(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessCommand</name>
    <message>
        <source>Write everything held about one person to a zip file (JSON and PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s number (shown by &quot;case show&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or: the complainant of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person with --person ID or --case REFERENCE (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the zip file to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person takes a number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no complainant recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n case(s) they brought</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other case(s) naming them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n audit entry/entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review before sending: %n other person/people named (listed at the end of the document)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectAccessText</name>
    <message>
        <source>REVIEW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced on %1 by %2. Names marked REVIEW are other people&apos;s: decide before this is sent whether each may be disclosed, and redact those that may not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases they brought (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other cases that name them (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of changes (%n entry/entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Other people named, to review (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Named as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested %1; acknowledged %2; responded %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsAddCommand</name>
    <message>
        <source>Add a team to a service area (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service area the team is in, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team&apos;s service area with --service-area NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service area &quot;%1&quot;; the service areas are: %2. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a team &quot;%2&quot;. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &quot;%1&quot; added to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalSignIn</name>
    <message>
        <source>Signing in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login [%1]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it on this computer? [y/N]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>the first letter of yes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeLimitCheck</name>
    <message>
        <source>Give the date the matter arose to check the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the %1-month time limit (last day %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late by %n day(s): the %1-month time limit ended on %2. Give the reason it is accepted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The matter cannot have arisen after the complaint was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This complaint is late by %n day(s) for the %1-month time limit. Record why it is accepted anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimescalesSetCommand</name>
    <message>
        <source>The procedure: statutory, corporate, concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most working days an extension may allow (default: as before, or --days if that is more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the new timescales take effect, YYYY-MM-DD (default: today). Stages that started earlier keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage needs a stage number such as 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number of working days from 0 to 365, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no stage %2 (its stages are 1 to %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: the most working days with an extension (%2) cannot be fewer than the working days to respond (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timescales of the %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a stage&apos;s working days, or how many stages the corporate procedure has, as a new version of a procedure&apos;s timescales (an administrator&apos;s change, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many stages the procedure has, 1 to 3 (corporate only). A new stage starts with the last stage&apos;s timescales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stages needs a number of stages such as 3, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n stage(s) for cases starting on or after %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 of the %2: %3 working days to respond, at most %4 with an extension, for stages starting on or after %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases&apos; deadlines moved: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>The database cannot be written to (it is read-only). Ask your administrator to check the file&apos;s permissions, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: someone else is saving. Wait a moment and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed it meanwhile. Reopen it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection to the database, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 Everything you typed is still here.
(%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersAddCommand</name>
    <message>
        <source>Create a person&apos;s own login on a PostgreSQL server, in the group of their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer, lead or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown in Redress (default: the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the login without a password, for Kerberos or SSPI sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s role with --role officer|lead|admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: give officer, lead or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PostgreSQL server&apos;s database with --db-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password in the REDRESS_NEW_PASSWORD environment variable or on standard input (or --no-password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1 created in the %2 group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Rich Text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (line %4): a quoted field opened here is never closed; the file may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell holds more than %4 characters, more than can be imported (a quoted field that is never closed does this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2 has more than %3 columns; at most %3 can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, which is as many as can be imported; split the file and import it in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file has only one sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an OpenDocument file without any sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sheet number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet “%2”, cell %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows, which is as many as can be imported; split the file and import it in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has at least %1 columns; at most %2 can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters, more than can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, not a spreadsheet (XLSX, XLS or ODS) or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument file of another kind (a text document or presentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive of other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s format is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Excel 97–2003 workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an Office file but holds no Excel workbook (it may be a Word document, or a workbook protected with a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends early; it may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged (FreeXL error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel 97–2003 workbook is written in a way this program cannot read; open it in Excel or LibreOffice, save it as XLSX and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is protected with a password; save it without one and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged (a sheet has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell refers to shared text that is not in the file; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number, but the cell says it holds one; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is damaged at line %1 (%2); the file may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a complete zip package (as XLSX and ODS files are); it may be truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip package holds %1 files, far more than a spreadsheet does; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” would unpack from %2 to %3, more than %4 times its packed size, as a zip bomb does; the file is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file would unpack to more than %1, the most that can be imported; the file is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip package cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” cannot be unpacked (%2); the file may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is missing; the file may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping says the file is UTF-8, but it is not (rows: %1); give its real encoding as &quot;encoding&quot; in the mapping, such as &quot;Windows-1252&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8, so it was read as Windows-1252, the encoding Excel on Windows saves CSV files in; rows not valid UTF-8: %2. If letters such as é or £ look wrong there, give the file&apos;s encoding as &quot;encoding&quot; in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s table of shared text would take more than %1 of memory, the most that can be imported; the file is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip package cannot be read (%1); the file may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” unpacks to more than %2, the most that can be imported; the file is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is damaged at line %2 (%3); the file may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged (%1); open it in Excel or LibreOffice, save it as XLSX and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table of shared text runs past its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table of shared text says it holds more text than it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sheet gives its size more than once, or not in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one table of shared text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry in its file directory has a name longer than a name can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its file directory gives a stream larger than the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a piece of its text runs past the end of its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader of Excel 97–2003 files (redress-xls-reader) is missing from this installation; install Redress again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader of Excel 97–2003 files could not be started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: reading it stopped part-way, and nothing of it was imported; open it in Excel or LibreOffice, save it as XLSX and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 could not be written in full: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 holds %3 characters, more than an XLSX cell can (32,767): export to CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 cannot be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Complaints case management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL database: postgresql://user@host/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cases could not all be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new database with n demo cases (default 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Redress&apos;s debug messages to the log file too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints &amp;officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responding manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Investigating officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the response time to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the complainant &amp;agreed or was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant was given the &amp;Ombudsman&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive from the findings on the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review panel held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel&apos;s report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent person appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating officer appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of complaint agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator&apos;s report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (court proceedings, police investigation, consent…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the request is late, why it is &amp;accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGSCO &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name to narrow the list; only users of Redress can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the action was not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of Redress: choose the officer from the list (type part of their name to find them), or ask an administrator to add them under Tools › Administration › Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings on the points give &quot;%1&quot;. To record another outcome, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for another outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for recording &quot;%1&quot; when the findings give another outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::AdminPage</name>
    <message>
        <source>Result of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open case&apos;s deadline changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deadlines of %n open case(s) were recomputed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service areas and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CalendarPage</name>
    <message>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure days of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank holidays (England and Wales):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losure days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure days stop the clock only for the procedures whose timescales say so (see Timescales); the statutory children&apos;s procedure counts them as working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected closure day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the closure day to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure day %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added as a closure day. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure day %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a closure day. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the closure day or bank holiday to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the closure day or bank holiday is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bank &amp;holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the date above as a bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected ban&amp;k holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected day off the bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the bank holiday is in Reason, e.g. &quot;Coronation of King Charles III&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank holiday %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added as a bank holiday. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the bank holiday to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank holiday %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a bank holiday. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseFieldsEditor</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the council received it (dd/mm/yyyy); stage 1&apos;s deadlines count from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter arose on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the complainant became aware of the matter (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for changing the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed: say why its dates change (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for chan&amp;ging the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it reached the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s name; changing it here changes it on all their cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant&apos;s postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the complainant is to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether advocacy was offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who provided an advocate (e.g. NYAS); empty when none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints officer who owns the case; type to filter the users list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit waived because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a complaint made after the time limit was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit &amp;waived because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be &amp;quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the compliment may be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s status when the case came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the officer from the users list: nobody listed is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complainant had complained before, as recorded (counted with the complainants matched to an earlier complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-opened, no date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the case was re-opened with no date known (as an imported log gives them), beside the re-openings recorded with their dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a child to add to the case; press Enter or Add child to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child&apos;s social care reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s id in the social care system, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the child typed beside it to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the child off the case when it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliment theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the compliment was about, as the annual report counts compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseListDialog</name>
    <message>
        <source>Cases behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cases as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseQueueModel</name>
    <message>
        <source>%1, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, staff trigger point reached. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff trigger point reached:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseQueueView</name>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseSections</name>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a linked case to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint the enquiry is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not dated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CaseView</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%3 · stage %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow actions menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the case: when, who and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note about the case, then Save note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the note to the case and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;medies and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the changes to the case and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve points and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve staff named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve remedies and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points and findings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remedies and learning were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies and learning changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff named were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff named changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed on %1 has not been saved. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details removed: retention or an undone import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the Ombudsman&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ombudsman&apos;s decision was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman&apos;s decision changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om&amp;budsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a stage&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve stage dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the corrected dates to the case and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage dates were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ChildrenEditor</name>
    <message>
        <source>Child(ren) concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s name; press Enter or Add child to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s id in the social care system, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s status when the case came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the child typed above to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the child selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children this case is about; Delete removes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ref. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CodeAssessmentDialog</name>
    <message>
        <source>Complaint Handling Code self-assessment, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each requirement of the Ombudsman&apos;s Complaint Handling Code, say whether the council complies in %1, and why: the evidence, or what is being done about it. The Code annual report prints this with the governing body&apos;s response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the evidence, or what is being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governing body&apos;s &amp;response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The governing body&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the council complies with &quot;%1&quot; before explaining it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ComplaintForm</name>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is complaining: it decides which procedure applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the complainant&apos;s role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint in a sentence or two, as the queue will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy o&amp;ffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether an advocate was offered to the child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who provided an advocate, e.g. NYAS; empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate provided &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter arose on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the complainant became aware of the matter; the 12-month time limit runs from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason a late complaint is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the complaint is outside the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why a late complaint is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms the suggested procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure this complaint follows, confirmed by the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the complainant&apos;s name, or choose Anonymous as their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the complaint is about: a summary or at least one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the procedure (children&apos;s statutory or corporate). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matt&amp;er arose on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ComplimentForm</name>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s role, as the annual report counts compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who sent it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compliment, in their words where possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they s&amp;aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be &amp;published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender agreed that the compliment may be quoted, e.g. in the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the compliment was about, as the annual report counts compliments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ConcernForm</name>
    <message>
        <source>Commenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who raised it: parent, young person, professional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose their role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern or comment in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category, for the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the %1 is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it is about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ConditionsEditor</name>
    <message>
        <source>Only on some &amp;rows (one column, two meanings):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns that fill another field on some rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is (values separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: the column tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: its values, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: the column that fills another field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: the field it fills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::CostsEditor</name>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the cost was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incurred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incurred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost %1 has no amount: type it in pounds and pence, or remove the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date in &quot;%1&quot; (e.g. 31/01/2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a date: type it as 31/01/2021, 31/1/21 or 31-Jan-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date in &quot;%1&quot; (%2) is after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date in &quot;%1&quot; (%2) is before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::DocumentsPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files kept with the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the file is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected file is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to &amp;write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder to open the file from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save as… instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type why the file is removed (it is kept in the case&apos;s history), then Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed; the case&apos;s history records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These merge fields have no value for %1 and will stay marked in the letter: %2.

Produce the letter anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is kept with the case as %1; it could not be opened for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is kept with the case as %1 and opened for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::EnquiryForm</name>
    <message>
        <source>MP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councillor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is asking: parent, professional, member of the public…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose their role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On whose behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constituent or family the enquiry is for, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On whose &amp;behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enquiry in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>councillor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the enquiry is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it is about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ExportCasesDialog</name>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of every case received in the period, one row per case. Redress can import the file back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All cases, whenever received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all cases, whenever received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress cases %1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::FilePage</name>
    <message>
        <source>Choose the log to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or a spreadsheet (XLSX, ODS or XLS). Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.csv *.xlsx *.ods *.xls);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no sheets to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 file, %n sheet(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Excel on Windows, Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (UTF-8, or else Windows-1252, said below)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::HelpWindow</name>
    <message>
        <source>Redress user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imports, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import batch %1 (%2)? Its %3 cases are removed from Redress, with any work recorded on them since. The audit trail keeps a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing import batch %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import batch %1 undone: %n case(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written in one go, as one import batch that can be undone as a whole from Data &gt; Import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cases will be imported, and %3 already in Redress skipped.
You can cancel while it runs: cancelling rolls everything back, so nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found. Go back and check again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 cases as import batch %2; %3 already in Redress were skipped. To take them out again, undo batch %2 from Data &gt; Import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to cases already in Redress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be added to cases already in Redress:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ImportWizard</name>
    <message>
        <source>Import a spreadsheet log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::IntakeForm</name>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the council received it (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it reached the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it came in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::KindsPage</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in kinds cannot be changed. Add the council&apos;s own kinds of feedback here: they are offered when logging a case, in the queue&apos;s filters, in imports and in the reports. A kind cannot be removed once added; retire it to stop offering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference prefix, two to four letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the reports count it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kind with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chosen kind the name typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering the chosen kind for new cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its procedure&apos;s (Timescales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; added: its cases&apos; references begin %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; renamed &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is offered for new cases again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; retired: it is no longer offered for new cases; its cases are still shown and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, extended to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most working days with an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years kept after closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As its report group (Retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtended to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept after c&amp;losure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chosen kind the prefix, clock, group and retention shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved: new cases&apos; references begin %2; cases already logged keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its new clock moved the deadlines of %n open case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Offer again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::LearningEditor</name>
    <message>
        <source>Learning actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learning action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove learning action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to change because of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will see the action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the action was not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not implemented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning action %1 says nothing: type what is to change, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning action %1 was not implemented: say why in &quot;Why not implemented&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::LettersPage</name>
    <message>
        <source>the letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates are OpenDocument text files (.odt) with merge fields such as {{case.reference}}; the user guide lists them. A template stored here replaces the default of the same name for the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the template says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file that can be attached, in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest file attached to a case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save li&amp;mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; stored; the whole team now uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files up to %1 can now be attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::LgscoEnquiryForm</name>
    <message>
        <source>Complaint reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference of the complaint the Ombudsman is asking about; matching complaints are offered as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGSCO reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ombudsman&apos;s own reference, e.g. 20 012 345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LGSCO reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Ombudsman asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the enquiry asks for; left empty, it says which complaint it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Ombudsman &amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints with this reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference of the complaint the Ombudsman is asking about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman enquiry about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ListsPage</name>
    <message>
        <source>List to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, stored on cases; fixed once the term is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered for new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from, dd/mm/yyyy, blank for always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to, dd/mm/yyyy, blank for no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::MainWindow</name>
    <message>
        <source>Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases ordered by their next statutory deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Redress %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Complaints case management for children&apos;s services.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next overdue case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annual report and quarterly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown; %2 open, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue cases in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue, open cases and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change lists, teams, users, the calendar and timescales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::MappingPage</name>
    <message>
        <source>Match the log to Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which column fills which Redress field, and which of the log&apos;s values means which Redress code. Save the mapping to reuse it for next year&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the log writes dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (UK: 31/01/2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (US: 01/31/2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close cases whose last stage has a response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close responded cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the log and their fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the log and their Redress codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only values not yet mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only values not yet mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many values are not yet mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message about the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad a saved mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave the mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress field for column %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress code for %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in Redress&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not yet mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; loaded from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Redress code for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage (one row per stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked reference (the row before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a later stage&apos;s reference ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression for the end of a stage 2 or 3 row&apos;s reference, after its complaint&apos;s reference: /S[1-3]$ for 2020/014/S2, -S[1-3]$ for 2020/014-S2, \s*STAGE\s*[1-3]$ for 2020/014 stage 2. Capitals or not, either matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &amp;suffix of references:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage suffix &quot;%1&quot; is not a pattern Redress can read (%2): correct it, or clear it for the usual suffixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::MyWorkView</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me this many working days before a deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder, in working days before a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark changes as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the list of changes by others until someone changes one of your cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cases by what they need; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: none of your deadlines falls within your reminder window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: %1 due within your reminder window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases of yours: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind first: the form below changes to ask what that kind needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs the case and opens it in its own tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes without logging; asks first if anything was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has not been saved. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form for this kind of case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::OmbudsmanEditor</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGSCO reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the Ombudsman&apos;s decision (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;justice found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council had already provided a satisfactory remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;GSCO reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the Ombudsman&apos;s decision: the reports count it from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Ombudsman&apos;s decision, or clear its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision as worded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision in the words of the log it was imported from, or of the Ombudsman&apos;s letter; reports count the decision chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As worded:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::OrgUnitsPage</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolios hold services and services hold teams. A unit that is no longer used is deactivated, not deleted, so the cases that name it keep their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service areas and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new unit, or the new name of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add below selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the portfolio or service to add to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; added to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the unit to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; renamed to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the unit to deactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; deactivated; the cases that name it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio to move the selected service area to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove service area to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move service area to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the service area to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::PartListEditor</name>
    <message>
        <source>Removes the entry chosen in the list above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::PersonPicker</name>
    <message>
        <source>%1&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, email or phone number; people already recorded are offered, and picking one links this case to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether %1 is already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emai&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already recorded (%n earlier case(s)): this case will be linked to them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::PointsEditor</name>
    <message>
        <source>Points of complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing the complainant is unhappy about; press Enter or Add point to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of this point, for the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the point typed above to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the point selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points of this complaint with their categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;int</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::PointsFindingsEditor</name>
    <message>
        <source>Points of complaint and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing the complainant is unhappy about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of this point, for the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of &amp;complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding at stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the stage %1 response found on this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding at stage &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 has no description: type what the complainant is unhappy about, or remove the point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::QueueFilterBar</name>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the service&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, names, summary (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure (not a complaint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All service areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases received on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases received on or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases whose next deadline is on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases whose next deadline is on or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Day/month/year; left empty, any date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::RecommendationsEditor</name>
    <message>
        <source>Ombudsman&apos;s recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Ombudsman asked the council to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sum to pay, if the recommendation has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the Ombudsman asked for it to be done (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the council did it; empty until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1 says nothing: describe it, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1 has no due date: the report counts compliance from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of remedy recommended, as the annual report counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of remedy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::RemediesEditor</name>
    <message>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed, e.g. a letter of apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a financial remedy, in pounds and pence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of remedy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy %1 has no type: choose one, or remove the remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy %1 is financial but has no amount: type it in pounds and pence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy %1 was completed before it was agreed: check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ReportCoverPage</name>
    <message>
        <source>A printed or saved report opens with a cover giving the council&apos;s name and logo, the report&apos;s title and period and the day it was produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: North East Lincolnshire Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG picture of at most %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logo this computer cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the council&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cover to keep the new logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cover to take the logo off it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report covers now show the council&apos;s name and logo as above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ReportTableModel</name>
    <message>
        <source>Double-click, or press Enter, to list the cases behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ReportView</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole year or one quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year (annual report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1: April to June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2: July to September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3: October to December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4: January to March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ocedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which complaints procedure to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a year and press Produce report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure, or press Enter on it, for the cases behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as an editable document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the report for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (compared with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a figure in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce a report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce a report and choose a table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the figures of the table above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prod&amp;uce report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as docu&amp;ment (ODT)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save t&amp;able as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a&amp;ll tables as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases &amp;behind the figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which complaints the category table counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarterly summary prints a few pages: the headline, cases worked on, received per quarter, service areas, outcomes, timescales and the overdue cases. An annual report prints every table but the breakdowns of stage 3 and of the Ombudsman&apos;s enquiries. Tick to print every table instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint Handling Code report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open children&apos;s complaints: a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open children&apos;s complaints: a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day in the week or month to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wee&amp;k or month of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code self-assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s self-assessment against the Complaint Handling Code and the governing body&apos;s response (leads and administrators)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::RestrictionPanel</name>
    <message>
        <source>Restri&amp;ct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: only %1 may see this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change restri&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may see %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people ticked may see this case, anywhere in Redress. You are always among them. Report counts still include it, without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who may see the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who may see this case (from the keyboard: Actions, Alt+A, then C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change restriction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::RetentionPage</name>
    <message>
        <source>How long each kind of case is kept after it closes, and what then happens to it. Anonymising removes names, contact details and free text (summaries, descriptions, notes) and keeps the case in the reports; deleting removes the whole case. The periods shipped with Redress are defaults: confirm them against the council&apos;s own retention schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept after closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: years kept after closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what happens then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review cases past retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cases past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention schedule saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::RetentionReviewDialog</name>
    <message>
        <source>Cases past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases are past retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the retention schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise or delete these %n case(s) now, as the schedule says? Their personal data is also removed from the audit trail. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the retention schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) anonymised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::SheetPage</name>
    <message>
        <source>Choose the sheet and its headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of headings is guessed; change it if the log has title rows above its headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row that holds the headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headings in row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the sheet cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First rows of the sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::SignInDialog</name>
    <message>
        <source>Sign in to the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 with your own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you are asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system&apos;s credential store (on Windows, the Credential Manager), never in a file. Leave it unticked on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::StaffEditor</name>
    <message>
        <source>Staff named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w person named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person named %1 has no name: type it, or remove the person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::StageDatesEditor</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage whose dates to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of this stage has a date recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the stage was acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the statement of complaint was agreed; stage 2&apos;s clock starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the investigating officer&apos;s report was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the review panel met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the panel&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the response was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the dates are corrected (kept in the case&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::SubjectAccessDialog</name>
    <message>
        <source>Subject access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Redress holds about one person, saved as a zip file: a document to read (PDF) and the data in full (JSON). Other people&apos;s names are marked REVIEW: decide whether each may be disclosed before the package is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the person (name, email or telephone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lead officer or an administrator can answer a subject access request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one recorded matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the subject access package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering what is held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n case(s) they brought</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other case(s) naming them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. Review the %n other person/people named before sending it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::TeamPicker</name>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service the case is about; it narrows the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team within the chosen service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service area first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TeamServer</name>
    <message>
        <source>&quot;server setup&quot; is for a PostgreSQL database (--db-url); a database file needs no setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up %1 failed while %2: %3. Run it as a database administrator (a superuser, or the database&apos;s owner with CREATEROLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handing the tables to the owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acting as the owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Redress; set it up with that version. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting the groups their rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;users add&quot; creates a login on a PostgreSQL server (--db-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login name: use lower-case letters, digits, dots, hyphens and underscores, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: give officer, lead or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a login %1 on this server; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the login %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::TimescalesPage</name>
    <message>
        <source>Procedure whose timescales to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes a new version of these timescales that applies to stages starting on or after the date it takes effect. Cases already logged keep the timescales they started with, so their deadlines do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a change of timescales applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of these timescales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timescales of each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most working days with an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local closure &amp;days stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local closure days stop the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the new timescales take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes &amp;effect on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the version in force today, from %1. Versions take effect from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most working days with an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: the most working days with an extension cannot be fewer than the working days to respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timescales of the %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new timescales apply to stages starting on or after %1; stages that started earlier keep theirs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a request received on a non-working day is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from that day: day 1 is the next working day (the regulations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated as received on the next working day (due one working day later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Within 10 working days of receiving&quot;: by the regulations a complaint received on a Saturday is due on the same day as one received on the Friday before. Some councils count it as received on the Monday instead, one working day later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on a &amp;non-working day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A council may run its corporate procedure with one, two or three stages. A new stage starts with the timescales of the stage before it. The statutory procedure&apos;s three stages are set by the regulations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of s&amp;tages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 will have %n stage(s) once saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::UsersPage</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username (the sign-in name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can use Redress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::ValidationPage</name>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix each problem (in the mapping, or in the log) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows as they will be &amp;imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map this value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the unknown value in the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd it to Redress&apos;s list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the unknown value to Redress&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the problems as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problems as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked, no problems. %2 will be imported; %3 are already in Redress and will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Redress&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams are added in Administration. Ask an administrator to add &quot;%1&quot;, or map it to the team it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redress&apos;s %1 values are fixed: map &quot;%2&quot; to one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Redress&apos;s list of %2 values (code &quot;%3&quot;)? Everyone will be able to choose it, and undoing the import does not remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no check to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> problems.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows as they will be &amp;imported (the first %1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all new values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every unknown team and list value as part of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read it another way, choose its text encoding on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import will add these new values: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 rows checked, %n problem(s), each kind listed once with the rows it is in. Nothing can be imported until every problem is fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add all %n new value(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all new values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you import, add these to Redress&apos;s lists (new teams go under the service area &quot;Not known&quot;, for an administrator to move)? Everyone will be able to choose them, and undoing the import does not remove them.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::YearFiguresPage</name>
    <message>
        <source>The annual report gives complaints per 1,000 with these figures. Leave a figure as &quot;Not known&quot; until it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in &amp;care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories the reports count by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some councils publish the categories of the complaints received in the year, others the nature of those responded to. A report can still choose the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gories counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports now count categories %1 by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman investigations upheld nationally, per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of its detailed investigations the Ombudsman upheld nationally in the year, from its annual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsman &amp;upheld nationally:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each service area&apos;s open cases and contacts for the year give its complaints per 1,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service areas&apos; figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point for staff named in complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> complaints in 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads see a member of staff named in this many complaints in 12 months flagged in the queue and marked in the staff table of the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger point for staff named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Staff named in %n complaint(s) in 12 months now reach the trigger point.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redress::backup</name>
    <message>
        <source>%1 is not a usable Redress backup (it is not a SQLite database, or it is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Redress database (it has no Redress schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid Redress schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Redress (schema version %2; this version understands up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its cases cannot be counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed and no file was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its check and no file was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its check and no file was made: its schema version %1 is not the database&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a -wal file beside it, so it is a database that was in use, not a backup: make a backup of it with &quot;redress-cli --db %2 backup --to FILE&quot; and restore that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left from an earlier database and cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use: close the Redress app and any other program using it on every computer, then run the restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read (%2). Move it and its -wal file elsewhere yourself, then run the restore again to put the backup in its place. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Redress database; restore will not replace another program&apos;s file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept aside, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed and the database is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database failed its check: %1. The previous one is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs %1, which is not on the PATH. Install the PostgreSQL client tools (the same major version as the server, or newer), or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stopped without saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL dump, but not of a Redress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other connections to %2 are open: everyone must close Redress first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed and the database is as it was: %1. Its contents before are also kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>redress::safeoutput</name>
    <message>
        <source>No file was named to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself (or one of its working files); writing there would destroy it. Choose another file name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file being read; writing there would destroy it. Choose another file name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name a file inside it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device or other special file); name an ordinary file. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it, or choose another name. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be flushed to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put in place (has a file of that name appeared?); nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
