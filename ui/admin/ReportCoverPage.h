#pragma once

#include "admin/AdminPage.h"

#include <QByteArray>

class QLabel;
class QLineEdit;
class QPushButton;

namespace redress {

class Session;

// The cover of a printed report: the council's name and its logo (a PNG, JPEG or SVG picture),
// kept in the database so that everyone sharing it prints the same cover.
class ReportCoverPage : public AdminPage
{
    Q_OBJECT

public:
    explicit ReportCoverPage(Session& session, QWidget* parent = nullptr);

private:
    void load();
    void chooseLogo();
    void removeLogo();
    void save();
    void showLogo();

    QLineEdit* m_name = nullptr;
    QLabel* m_logo = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QByteArray m_logoBytes; // as chosen, not yet saved
};

} // namespace redress
