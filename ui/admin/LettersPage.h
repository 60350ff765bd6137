#pragma once

#include "admin/AdminPage.h"

class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace redress {

// Administration › Letters and documents: the letter templates the whole team uses (add one of
// the team's own, replace a default with an edited .odt, preview what a template says), and
// the largest file that can be attached to a case.
class LettersPage : public AdminPage
{
    Q_OBJECT

public:
    explicit LettersPage(Session& session, QWidget* parent = nullptr);

    void refreshChoices() override;
    // Stores the .odt at `path` as the template named and titled in the boxes.
    bool storeTemplateFrom(const QString& path);
    bool preview();
    bool saveSizeLimit();

private:
    void chooseTemplateFile();

    QTableWidget* m_templates = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_title = nullptr;
    QTextBrowser* m_preview = nullptr;
    QSpinBox* m_limit = nullptr;
};

} // namespace redress
