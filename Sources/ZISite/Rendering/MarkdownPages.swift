/// The pages written in Markdown: the decree's text and the narrative pages.
struct MarkdownPages {
    let words: SiteWords

    func decree() -> PageContext {
        let path = SitePaths.decree
        let root = SitePaths.root(for: path)
        let text = words.content.decreeText
        let values: [String: Any] = [
            "akar": root,
            "keputusan": words.decreeValues(root: root),
            "adaIsi": text != nil,
            "isi": text.map { Markdown.html($0.body) } ?? "",
            "alamatLampiran": root + SitePaths.annex,
            "salinanKeputusan": DecreeScanLink.values(words, root: root),
        ]
        return PageContext(path: path, template: "keputusan", title: words.decreeName, values: values)
    }

    func narrative() -> [PageContext] {
        words.content.pages.map { page in
            let path = SitePaths.page(page)
            let values: [String: Any] = [
                "akar": SitePaths.root(for: path),
                "judul": page.title,
                "isi": Markdown.html(page.body),
            ]
            return PageContext(path: path, template: "halaman", title: page.title, values: values)
        }
    }
}
