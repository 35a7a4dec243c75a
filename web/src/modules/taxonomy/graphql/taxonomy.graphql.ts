import { graphql } from "../../../graphql/graphql";

export const TaxonomyQuery = graphql(`
  query Taxonomy {
    taxonomy {
      code
      zh
      en
      key
      children {
        code
        zh
        en
      }
    }
  }
`);
