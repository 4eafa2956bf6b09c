import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PolicyTextChangeKind } from './policy-diff';

registerEnumType(PolicyTextChangeKind, { name: 'PolicyTextChangeKind', description: 'A run of text kept, added since the signed version, or removed from it.' });

@ObjectType('PolicyTextChange')
export class PolicyTextChangeModel {
  @Field(() => PolicyTextChangeKind) kind!: PolicyTextChangeKind;
  @Field({ description: 'Markdown source of the run, spaces and line breaks included.' }) text!: string;
}

@ObjectType('PolicyDiff', { description: 'What changed in the body since the version the viewer last signed (word-level, on the Markdown source).' })
export class PolicyDiffModel {
  @Field(() => ID, { description: 'The version the viewer last signed.' }) fromVersionId!: string;
  @Field({ description: 'Its label (major.minor).' }) fromLabel!: string;
  @Field({ description: 'The language of the signed text compared (the reading\'s when the signed version has it).' }) fromLanguage!: string;
  @Field({ description: 'The language of the text read now.' }) toLanguage!: string;
  @Field(() => [PolicyTextChangeModel], { description: 'Runs that concatenate to the signed body (SAME + REMOVED) or to the current one (SAME + ADDED).' }) changes!: PolicyTextChangeModel[];
  @Field(() => Int) addedWords!: number;
  @Field(() => Int) removedWords!: number;
}
