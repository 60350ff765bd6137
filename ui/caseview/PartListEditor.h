#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace redress {

// A list of one part of a case (its points, remedies or learning actions) edited in place: a
// table to choose one, a form beneath for the one chosen, and buttons to add and remove. What
// is typed goes into the list at once; nothing is stored until the page is saved, and until
// then the list says it is modified.
class PartListEditor : public QWidget
{
    Q_OBJECT

public:
    bool isModified() const { return m_modified; }
    // Forgets the edits: the next setCase shows the case as stored.
    void discardEdits() { setModified(false); }
    QTableWidget* table() const { return m_table; }

signals:
    // The officer changed something (added, removed or typed), or the list was shown afresh.
    void modifiedChanged(bool modified);

protected:
    PartListEditor(const QString& objectName, const QString& accessibleName,
                   const QStringList& headings, const QString& addText, const QString& removeText,
                   QWidget* parent);

    QFormLayout* form() const { return m_form; }
    int currentRow() const;
    // Shows the list afresh, unmodified, with its first entry chosen.
    void reset();
    // After a field of the chosen entry was typed in: its row follows and the list is modified.
    void edited();
    // True while the form is being filled from the list, when a field's change is no edit.
    bool filling() const { return m_filling; }
    // Selects `row`, filling the form from it.
    void choose(int row);
    // Fixes the list's height at its heading and `rows` whole rows, for a list on a page
    // that scrolls (which would otherwise give it a row and a half).
    void showWholeRows(int rows);

    virtual int count() const = 0;
    virtual QStringList cells(int row) const = 0;
    virtual void fillForm(int row) = 0;
    virtual void appendNew() = 0;
    virtual void removeAt(int row) = 0;
    // The field to type in first when an entry is added.
    virtual QWidget* firstField() const = 0;

private:
    void fillTable();
    void add();
    void remove();
    void setModified(bool modified);

    QTableWidget* m_table = nullptr;
    QWidget* m_formArea = nullptr;
    QFormLayout* m_form = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_modified = false;
    bool m_filling = false;
};

} // namespace redress
