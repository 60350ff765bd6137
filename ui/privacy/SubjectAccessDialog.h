#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace redress {

class Session;

// A subject access request: find the person, then save everything held about them as one
// zip (a readable PDF with other people's names marked for review, and the data as JSON).
class SubjectAccessDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SubjectAccessDialog(Session& session, QWidget* parent = nullptr);

    // Writes the package for the chosen person, asking where; false when cancelled or refused
    // (the message is shown in the dialog).
    bool savePackage();

private:
    void search(const QString& text);
    void showStatus(const QString& text, bool isError);

    Session& m_session;
    QLineEdit* m_search = nullptr;
    QListWidget* m_people = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace redress
