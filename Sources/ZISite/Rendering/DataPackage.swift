/// `datapackage.json`: a Frictionless Tabular Data Package describing every
/// open-data table, each as a CSV and a JSON resource with its schema.
struct DataPackage {
    let name: String
    let title: String
    let tables: [DataTable]

    func json() -> String {
        let resources = tables.flatMap { table in
            [resource(table, name: table.name, path: table.csvPath, format: "csv", mediatype: "text/csv"),
             resource(table, name: table.name + "-json", path: table.jsonPath, format: "json", mediatype: "application/json")]
        }
        return """
        {
          "profile": "tabular-data-package",
          "name": \(JSONString.quoted(name)),
          "title": \(JSONString.quoted(title)),
          "resources": [
        \(resources.joined(separator: ",\n"))
          ]
        }

        """
    }

    private func resource(_ table: DataTable, name: String, path: String, format: String, mediatype: String) -> String {
        let fields = table.fields.map { field in
            "          {\"name\": \(JSONString.quoted(field.name)), \"type\": \"\(field.type.rawValue)\", \"description\": \(JSONString.quoted(field.description))}"
        }
        return """
            {
              "profile": "tabular-data-resource",
              "name": \(JSONString.quoted(name)),
              "path": \(JSONString.quoted(path)),
              "title": \(JSONString.quoted(table.title)),
              "description": \(JSONString.quoted(table.description)),
              "format": "\(format)",
              "mediatype": "\(mediatype)",
              "encoding": "utf-8",
              "schema": {
                "fields": [
        \(fields.joined(separator: ",\n"))
                ]
              }
            }
        """
    }
}
